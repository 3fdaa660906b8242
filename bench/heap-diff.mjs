// node bench/heap-diff.mjs A.heapsnapshot B.heapsnapshot [N]: what the heap gained between two
// snapshots of one process (bench/heap-probe.mjs writes them). Node ids are stable within a
// process, so the objects of B whose ids A lacks are the ones allocated after A and still alive:
// grouped by constructor (count, self bytes), and for the N largest groups the retainer paths
// (edge names up to the GC roots, weak edges skipped) that hold most of them.
import { readFileSync } from 'node:fs';

function load(path) {
  const s = JSON.parse(readFileSync(path, 'utf8'));
  const { node_fields: nf, edge_fields: ef, node_types: [nodeTypes], edge_types: [edgeTypes] } = s.snapshot.meta;
  const N = nf.length;
  const E = ef.length;
  const count = s.nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += s.nodes[i * N + nf.indexOf('edge_count')] * E;
    firstEdge[i + 1] = e;
  }
  const node = (i) => ({
    type: nodeTypes[s.nodes[i * N + nf.indexOf('type')]],
    name: s.strings[s.nodes[i * N + nf.indexOf('name')]],
    id: s.nodes[i * N + nf.indexOf('id')],
    size: s.nodes[i * N + nf.indexOf('self_size')],
  });
  // Reverse edges: for each node, (retainer, edge index) pairs.
  const retainers = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += E) {
      const type = edgeTypes[s.edges[e + ef.indexOf('type')]];
      if (type === 'weak' || type === 'shortcut') continue;
      retainers[s.edges[e + ef.indexOf('to_node')] / N].push([i, e]);
    }
  }
  const edgeName = (e) => {
    const type = edgeTypes[s.edges[e + ef.indexOf('type')]];
    const n = s.edges[e + ef.indexOf('name_or_index')];
    return type === 'element' || type === 'hidden' ? `[${n}]` : String(s.strings[n] ?? n);
  };
  return { count, node, retainers, edgeName };
}

const [a, b, top = '8'] = process.argv.slice(2);
if (!a || !b) { process.stderr.write('usage: node bench/heap-diff.mjs A.heapsnapshot B.heapsnapshot [N]\n'); process.exit(2); }
const A = load(a);
const before = new Set(Array.from({ length: A.count }, (_v, i) => A.node(i).id));
const B = load(b);
const groups = new Map();
let total = 0;
for (let i = 0; i < B.count; i++) {
  const n = B.node(i);
  if (before.has(n.id)) continue;
  const key = `${n.type} ${n.name.slice(0, 60)}`;
  const g = groups.get(key) ?? { key, count: 0, size: 0, nodes: [] };
  g.count++; g.size += n.size; total += n.size;
  if (g.nodes.length < 2000) g.nodes.push(i);
  groups.set(key, g);
}
const mb = (x) => (x / 2 ** 20).toFixed(2);
console.log(`${a}: ${A.count} nodes; ${b}: ${B.count} nodes; new in B and alive: ${mb(total)} MB self size`);
const sorted = [...groups.values()].sort((x, y) => y.size - x.size);
for (const g of sorted.slice(0, 30)) console.log(`${mb(g.size).padStart(8)} MB ${String(g.count).padStart(8)}  ${g.key}`);

/** The retainer path of node i: the first retainer at each step that is not itself new-and-of-the-same-group, up to depth 10. */
function path(i) {
  const out = [];
  const seen = new Set([i]);
  for (let d = 0; d < 12; d++) {
    const r = B.retainers[i].find(([j]) => !seen.has(j));
    if (!r) break;
    const [j, e] = r;
    const n = B.node(j);
    out.push(`${B.edgeName(e)} <- ${n.type === 'object' || n.type === 'closure' ? n.name : n.type + ' ' + n.name.slice(0, 40)}`);
    if (n.type === 'synthetic') break;
    seen.add(j);
    i = j;
  }
  return out.join(' | ');
}
for (const g of sorted.slice(0, Number(top))) {
  const paths = new Map();
  for (const i of g.nodes) { const p = path(i); paths.set(p, (paths.get(p) ?? 0) + 1); }
  console.log(`\n${g.key} (${g.count}, ${mb(g.size)} MB): retained by`);
  for (const [p, n] of [...paths].sort((x, y) => y[1] - x[1]).slice(0, 4)) console.log(`  ${n}x ${p}`);
}
