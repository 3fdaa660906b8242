// html-encoding-sniffer 4 ships no types: the one function claimgraph calls (src/ingest/charset.ts).
declare module 'html-encoding-sniffer' {
  /**
   * The HTML standard's encoding sniffing: a BOM, then `transportLayerEncodingLabel`, then the
   * `<meta>` prescan of the first 1024 bytes; `defaultEncoding` (windows-1252 unless given) when
   * none names an encoding it knows. Names are whatwg-encoding's (`windows-1251`, `ISO-8859-2`).
   */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
