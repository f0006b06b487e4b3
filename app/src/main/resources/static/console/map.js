// 地图: the caller's grids shaded by their open and overdue events, and the open events as markers.
import { api, query } from './api.js';
import { el, OPEN, time } from './dom.js';

const SHADES = { overdue: '#d9363e', open: '#f59a23', none: '#52a36b' };

export async function mapPage(view, ctx) {
  const summary = el('p', { id: 'map-summary', class: 'scope' });
  const holder = el('div', { id: 'map', class: 'map' });
  view.append(el('h2', {}, '地图'), el('div', { class: 'legend' },
    el('span', { class: 'swatch', style: 'background:' + SHADES.overdue }), '有超期事件 ',
    el('span', { class: 'swatch', style: 'background:' + SHADES.open }), '有办理中事件 ',
    el('span', { class: 'swatch', style: 'background:' + SHADES.none }), '无待办'), summary, holder);

  const map = L.map(holder, { zoomSnap: 0.25 });
  if (ctx.settings.tileUrl) {
    L.tileLayer(ctx.settings.tileUrl, { attribution: ctx.settings.tileAttribution || '', maxZoom: 19 }).addTo(map);
  }
  const grids = ctx.units.filter(u => u.level === 'GRID');
  const [details, open] = await Promise.all([
    Promise.all(grids.map(g => api('/api/v1/grids/' + encodeURIComponent(g.code)))),
    api('/api/v1/events' + query({ status: OPEN, size: 500 }))]);
  const counts = {};
  open.items.forEach(e => {
    const c = counts[e.gridCode] || (counts[e.gridCode] = { open: 0, overdue: 0 });
    c.open++;
    if (e.overdue) c.overdue++;
  });
  // Leaflet draws layers only once the map has a view: build them, fit the view to them, then add them.
  const polygons = details.filter(d => d.geometry).map(d => {
    const c = counts[d.code] || { open: 0, overdue: 0 };
    const shade = c.overdue > 0 ? SHADES.overdue : c.open > 0 ? SHADES.open : SHADES.none;
    const layer = L.geoJSON(d.geometry, { style: { color: shade, weight: 1.5, fillColor: shade, fillOpacity: 0.35 } })
      .bindTooltip(d.name + ':办理中 ' + c.open + ' 件,超期 ' + c.overdue + ' 件')
      .on('click', () => { location.hash = '#/events?status=' + OPEN + '&gridCode=' + encodeURIComponent(d.code); });
    return { code: d.code, layer, shade };
  });
  const markers = open.items.filter(e => e.latitude !== null && e.longitude !== null).map(e => {
    const marker = L.circleMarker([e.latitude, e.longitude], { radius: 7, color: '#fff', weight: 2,
      fillColor: e.overdue ? SHADES.overdue : e.urgent ? '#8e44ad' : '#1677ff', fillOpacity: 1 });
    marker.bindPopup(el('div', { class: 'popup' }, el('strong', {}, e.number), el('br'), e.categoryLabel + ' · ' + e.statusLabel,
      el('br'), time(e.createdAt), el('br'), el('a', { href: '#/events/' + encodeURIComponent(e.number), class: 'popup-link' }, '查看详情')));
    return { number: e.number, marker };
  });
  const bounds = polygons.length ? L.featureGroup(polygons.map(p => p.layer)).getBounds() : null;
  if (bounds && bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
  else map.setView([30.1, 105.33], 11);
  polygons.forEach(p => {
    p.layer.addTo(map);
    p.layer.eachLayer(l => {
      l.getElement().setAttribute('data-grid', p.code);
      l.getElement().setAttribute('data-shade', p.shade);
    });
  });
  markers.forEach(m => {
    m.marker.addTo(map);
    m.marker.getElement().setAttribute('data-event', m.number);
  });
  summary.textContent = '网格 ' + details.length + ' 个 · 办理中事件 ' + open.total + ' 件 · 其中超期 '
    + open.items.filter(e => e.overdue).length + ' 件';
  holder.dataset.loaded = 'true';
}
