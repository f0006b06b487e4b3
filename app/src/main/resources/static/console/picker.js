import { el, LEVELS } from './dom.js';

/** Unit picker: the caller's units, indented by level; the first entry is the caller's whole scope. */
export function unitPicker(ctx, id, selected) {
  const select = el('select', { id });
  select.append(el('option', { value: '' }, ctx.who.unitName ? '全部(' + ctx.who.unitName + ')' : '全县'));
  ctx.units.filter(u => u.level !== 'DEPARTMENT').forEach(u => {
    select.append(el('option', { value: u.code, selected: u.code === selected }, '\u3000'.repeat(u.depth) + u.name
      + ' · ' + (LEVELS[u.level] || u.level)));
  });
  return select;
}
