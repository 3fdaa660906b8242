import './style.css';
import { interceptLinks, render, route } from './router.ts';
import { articlesView } from './views/articles.ts';
import { articleView } from './views/article.ts';
import { speakersView, speakerView } from './views/speakers.ts';
import { searchView } from './views/search.ts';
import { provenanceView } from './views/provenance.ts';
import { claimsView } from './views/claims.ts';
import { correctionsView } from './views/corrections.ts';

route(/^\/$/, articlesView);
route(/^\/article\/([^/]+)$/, articleView);
route(/^\/speakers$/, speakersView);
route(/^\/speaker\/([^/]+)$/, speakerView);
route(/^\/search$/, searchView);
route(/^\/provenance\/([^/]+)\/([^/]+)\/([^/]+)$/, provenanceView);
route(/^\/claims$/, claimsView);
route(/^\/corrections$/, correctionsView);
// Charts and the map load their libraries only when opened: the first page stays small.
route(/^\/figures$/, async (...a) => (await import('./views/figures.ts')).figuresView(...a));
route(/^\/map$/, async (...a) => (await import('./views/map.ts')).mapView(...a));
route(/^.*$/, (main) => {
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = `No view at ${location.pathname}.`;
  main.appendChild(p);
});

interceptLinks();
void render();
