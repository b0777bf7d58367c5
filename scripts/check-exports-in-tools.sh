#!/usr/bin/env bash
# Opens the Mermaid and draw.io exports of every bundled design (and of a design whose every label is hostile) in
# the libraries the real tools are built on, in headless Chromium: Mermaid 11 must parse and render each flowchart
# with every node and edge, a subgraph per zone and a node per text note, and mxGraph 4.2.2 (the library
# diagrams.net is built on) must decode each mxfile with every edge attached to two cards and drawn through its
# waypoints (the whiteboard's route around the cards), a container per zone holding what the zone holds, and a
# cell per text note.
# Not part of `mvn verify`: it needs the npm registry and Chromium.
# Each line says: tool, design, nodes (Mermaid: nodes and text notes), edges, zones (subgraphs, containers).
#   apt-get install -y chromium nodejs npm && mvn -B -q package -DskipTests && scripts/check-exports-in-tools.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/design-round.jar}
[ -f "$JAR" ] || { echo "build $JAR first: mvn -B -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm init -y >/dev/null && npm install --silent mermaid@11 mxgraph@4.2.2 >/dev/null)

for f in scenarios/designs/*.json examples/*.json scripts/hostile-labels.json; do
  name=$(basename "$f" .json)
  java -jar "$JAR" export "$f" --to mermaid -o "$WORK/$name.mmd" >/dev/null
  java -jar "$JAR" export "$f" --to drawio -o "$WORK/$name.drawio" >/dev/null
  node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")), c=d.canvas||{};
           console.log(process.argv[2]+" "+d.nodes.length+" "+d.edges.length+" "+(c.zones||[]).length+" "
               +(c.texts||[]).length)' "$f" "$name" >> "$WORK/expected.txt"
done

node - "$WORK" <<'JS'
const fs = require('fs'), path = require('path');
const dir = process.argv[2];
const read = ext => Object.fromEntries(fs.readdirSync(dir).filter(f => f.endsWith(ext)).sort()
    .map(f => [path.basename(f, ext), fs.readFileSync(path.join(dir, f), 'utf8')]));
const page = `<!doctype html><html><head><meta charset="utf-8">
<script>var mxBasePath='file://${dir}/node_modules/mxgraph/javascript/src', mxLoadResources=false, mxLoadStylesheets=false;</script>
<script src="file://${dir}/node_modules/mermaid/dist/mermaid.min.js"></script>
<script src="file://${dir}/node_modules/mxgraph/javascript/mxClient.min.js"></script></head>
<body><pre id="out">pending</pre><div id="c"></div><script>
const mermaidTexts = ${JSON.stringify(read('.mmd'))}, drawioTexts = ${JSON.stringify(read('.drawio'))};
(async () => {
  const out = [];
  mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
  let i = 0;
  for (const [name, text] of Object.entries(mermaidTexts)) {
    try {
      const {svg} = await mermaid.render('d' + i++, text);
      out.push('mermaid ' + name + ' ' + (svg.match(/class="node /g) || []).length + ' '
          + (svg.match(/<path[^>]*class="[^"]*flowchart-link/g) || []).length + ' '
          + (svg.match(/<g class="cluster[" ]/g) || []).length
          + ((svg.match(/<script|<b>|<i>now/g) || []).length ? ' INJECTED' : ''));
    } catch (e) { out.push('mermaid ' + name + ' ERROR ' + String(e.message || e).replace(/\\s+/g, ' ')); }
  }
  for (const [name, text] of Object.entries(drawioTexts)) {
    try {
      const graph = new mxGraph(document.getElementById('c'));
      const model = graph.getModel();
      const node = mxUtils.parseXml(text).documentElement.getElementsByTagName('mxGraphModel')[0];
      new mxCodec(node.ownerDocument).decode(node, model);
      const cells = Object.values(model.cells);
      const edges = cells.filter(c => model.isEdge(c));
      const loose = edges.filter(e => !(e.source && e.target && model.isVertex(e.source) && model.isVertex(e.target)));
      // Drawn by mxGraph: each edge must pass through its waypoints (the whiteboard's bends), as straight segments.
      graph.getView().revalidate();
      let bends = 0;
      const offRoute = edges.filter(e => {
        const points = (e.geometry && e.geometry.points) || [];
        bends += points.length;
        const drawn = (graph.getView().getState(e) || {}).absolutePoints || [];
        if (drawn.length !== points.length + 2) return true;
        const t = graph.getView().translate, s = graph.getView().scale;
        return points.some((p, i) => Math.abs((drawn[i + 1].x / s - t.x) - p.x) > 0.5
            || Math.abs((drawn[i + 1].y / s - t.y) - p.y) > 0.5);
      });
      const vertices = cells.filter(c => model.isVertex(c));
      const kind = k => vertices.filter(c => c.value && c.value.getAttribute && c.value.getAttribute('element') === k);
      // A zone's container holds its cards: each card drawn inside the container it belongs to.
      const outside = vertices.filter(c => model.isVertex(model.getParent(c))).filter(c => {
        const s = graph.getView().getState(c), p = graph.getView().getState(model.getParent(c));
        return !s || !p || s.getCenterX() < p.x || s.getCenterX() > p.x + p.width
            || s.getCenterY() < p.y || s.getCenterY() > p.y + p.height;
      });
      out.push('drawio ' + name + ' ' + (vertices.length - kind('zone').length - kind('text').length) + ' '
          + edges.length + ' ' + kind('zone').length
          + (loose.length ? ' LOOSE-EDGES ' + loose.length : '') + (offRoute.length ? ' OFF-ROUTE ' + offRoute.length : '')
          + (outside.length ? ' OUTSIDE-ITS-ZONE ' + outside.length : ''));
      out.push('texts ' + name + ' ' + kind('text').length);
      out.push('bends ' + name + ' ' + bends);
      graph.destroy();
    } catch (e) { out.push('drawio ' + name + ' ERROR ' + String(e.message || e)); }
  }
  document.getElementById('out').textContent = out.join('\\n') + '\\nDONE';
})();
</script></body></html>`;
fs.writeFileSync(path.join(dir, 'check.html'), page);
JS

chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files --virtual-time-budget=60000 \
    --dump-dom "file://$WORK/check.html" 2>/dev/null | sed -n '/<pre id="out">/,/DONE/p' \
    | sed 's/.*<pre id="out">//; /DONE/d' > "$WORK/got.txt"
failed=0
while read -r name nodes edges zones texts; do
  # Mermaid draws a text note as a node; draw.io's cells say which are zones and text notes.
  for check in "mermaid $name $((nodes + texts)) $edges $zones" "drawio $name $nodes $edges $zones" "texts $name $texts"; do
    tool=${check%% *}
    line=$(grep "^$tool $name " "$WORK/got.txt" || echo "$tool $name MISSING")
    if [ "$line" = "$check" ]; then
      echo "ok    $check"
    else
      echo "FAIL  $line (expected $check)"; failed=1
    fi
  done
done < "$WORK/expected.txt"
echo "draw.io waypoints drawn by mxGraph: $(awk '/^bends /{n+=$3} END{print n+0}' "$WORK/got.txt")"
exit $failed
