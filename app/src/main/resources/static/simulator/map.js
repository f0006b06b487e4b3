// The location picker: the demo grids drawn as SVG from their GeoJSON polygons, one township at a
// time (they lie kilometres apart), and a list of named places inside the grids. While the sheet's
// data-patrol is "true" (a worker's patrol), a click on the map sends that point at once.
import { el, getJson } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 360, HEIGHT = 300, PAD = 14;
const COLOURS = ['#7fb77e', '#8fb3de', '#e0b36a', '#c59ad6', '#e38d8d', '#6fc2b8'];

export async function initLocation(sheet, onSend) {
  const data = await getJson('api/map');
  const svg = sheet.querySelector('#map');
  const picked = sheet.querySelector('#picked');
  const send = sheet.querySelector('#location-send');
  let choice = null;
  let view = null;

  const townships = [...new Set(data.grids.map(g => g.township))];
  const bar = sheet.querySelector('#townships');
  const zoom = sheet.querySelector('#communities');
  bar.append(...townships.map(name => chip(name, () => draw(name, null))));

  /** Draws the township's grids, fitted to one community of it when one is chosen (北坝's grids are small). */
  function draw(township, community) {
    const grids = data.grids.filter(g => g.township === township);
    const communities = [...new Set(grids.map(g => g.community))];
    mark(bar, township);
    zoom.replaceChildren(chip('全部', () => draw(township, null)), ...communities.map(c => chip(c, () => draw(township, c))));
    mark(zoom, community || '全部');
    view = projection(community ? grids.filter(g => g.community === community) : grids);
    svg.replaceChildren();
    // Larger grids first, so a grid that fills another's hole is drawn on top and takes the click.
    for (const grid of [...grids].sort((a, b) => area(b, view) - area(a, view))) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', rings(grid.geometry).map(r => 'M' + r.map(view.xy).map(p => p.join(' ')).join('L') + 'Z').join(''));
      path.setAttribute('fill', COLOURS[communities.indexOf(grid.community) % COLOURS.length]);
      path.dataset.grid = grid.code;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${grid.community} ${grid.name}`;
      path.append(title);
      svg.append(path);
    }
    for (const grid of grids) {
      const place = data.places.find(p => p.gridName === grid.name);
      const name = grid.name.replace('网格', '');
      // A label wider than its grid would cover its neighbours: the grid's tooltip names it instead.
      if (!place || width(grid, view) < name.length * 9 + 4) continue;
      const [x, y] = view.xy([place.longitude, place.latitude]);
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', x.toFixed(1));
      text.setAttribute('y', y.toFixed(1));
      text.textContent = name;
      svg.append(text);
    }
  }

  svg.addEventListener('click', event => {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const local = point.matrixTransform(svg.getScreenCTM().inverse());
    const [longitude, latitude] = view.lonLat(local.x, local.y);
    const grid = data.grids.find(g => g.code === event.target.dataset?.grid);
    const label = grid ? `${grid.township}${grid.community}${grid.name}附近` : '地图选点';
    choose({ longitude, latitude, label });
    // On a patrol the pins stay, one per point sent, and the click sends the point at once.
    const patrol = sheet.dataset.patrol === 'true';
    if (!patrol) svg.querySelector('.pin')?.remove();
    const pin = document.createElementNS(SVG, 'circle');
    pin.setAttribute('class', 'pin');
    pin.setAttribute('cx', local.x);
    pin.setAttribute('cy', local.y);
    pin.setAttribute('r', 5);
    pin.setAttribute('fill', '#fa5151');
    svg.append(pin);
    if (patrol) onSend(choice);
  });

  function choose(c) {
    choice = c;
    picked.textContent = `${c.label} · ${c.longitude.toFixed(5)}, ${c.latitude.toFixed(5)}`;
    send.disabled = false;
  }

  const list = sheet.querySelector('#places');
  for (const p of data.places) {
    const item = el('li', null, p.label);
    item.append(el('small', null, p.gridName));
    item.addEventListener('click', () => onSend({ longitude: p.longitude, latitude: p.latitude, label: p.label }));
    list.append(item);
  }
  send.addEventListener('click', () => choice && onSend(choice));
  sheet.querySelectorAll('.tabs button').forEach(tab => tab.addEventListener('click', () => {
    sheet.querySelectorAll('.tabs button').forEach(t => t.classList.toggle('active', t === tab));
    sheet.querySelectorAll('[data-pane]').forEach(p => { p.hidden = p.dataset.pane !== tab.dataset.tab; });
  }));
  if (townships.length) draw(townships.includes('岳阳镇') ? '岳阳镇' : townships[0], null);
}

function chip(label, onClick) {
  const button = el('button', null, label);
  button.type = 'button';
  button.addEventListener('click', onClick);
  return button;
}

function mark(bar, label) {
  bar.querySelectorAll('button').forEach(b => b.classList.toggle('active', b.textContent === label));
}

function width(grid, view) {
  const xs = rings(grid.geometry).flat().map(p => view.xy(p)[0]);
  return Math.max(...xs) - Math.min(...xs);
}

/** Polygon or MultiPolygon to a flat list of rings (outer and holes alike; even-odd fill cuts the holes). */
function rings(geometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Fits the grids into the SVG; a degree of longitude is shorter than one of latitude by cos(latitude). */
function projection(grids) {
  const points = grids.flatMap(g => rings(g.geometry).flat());
  const lons = points.map(p => p[0]), lats = points.map(p => p[1]);
  const west = Math.min(...lons), east = Math.max(...lons), south = Math.min(...lats), north = Math.max(...lats);
  const squeeze = Math.cos((south + north) / 2 * Math.PI / 180);
  const scale = Math.min((WIDTH - 2 * PAD) / ((east - west) * squeeze), (HEIGHT - 2 * PAD) / (north - south));
  const left = (WIDTH - (east - west) * squeeze * scale) / 2, top = (HEIGHT - (north - south) * scale) / 2;
  return {
    xy: ([lon, lat]) => [left + (lon - west) * squeeze * scale, top + (north - lat) * scale],
    lonLat: (x, y) => [west + (x - left) / (squeeze * scale), north - (y - top) / scale],
  };
}

function area(grid, view) {
  return rings(grid.geometry).reduce((sum, ring) => {
    const pts = ring.map(view.xy);
    let a = 0;
    for (let i = 0; i < pts.length - 1; i++) a += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1];
    return sum + Math.abs(a) / 2;
  }, 0);
}
