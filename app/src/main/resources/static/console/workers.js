// 网格员: each worker's load (open and overdue tasks) and the visits due in their grid.
import { api, query } from './api.js';
import { el, isoDate, OPEN } from './dom.js';
import { unitPicker } from './picker.js';

export async function workersPage(view, ctx) {
  const unit = unitPicker(ctx, 'w-unit');
  const apply = el('button', { type: 'button', id: 'w-apply' }, '查询');
  const table = el('table', { class: 'grid-table', id: 'worker-list' });
  view.append(el('h2', {}, '网格员'), el('div', { class: 'toolbar' }, unit, apply), table);

  async function load() {
    const scope = { gridCode: unit.value, size: 500 };
    const [workers, open, residents] = await Promise.all([api('/api/v1/workers' + query(scope)),
      api('/api/v1/events' + query({ ...scope, status: OPEN })), api('/api/v1/residents' + query(scope))]);
    const today = isoDate(new Date());
    const load = {};
    open.items.forEach(e => {
      if (!e.assigneeCode) return;
      const l = load[e.assigneeCode] || (load[e.assigneeCode] = { open: 0, overdue: 0 });
      l.open++;
      if (e.overdue) l.overdue++;
    });
    const due = {};
    residents.items.forEach(r => {
      if (r.nextVisitDue && r.nextVisitDue <= today) due[r.gridCode] = (due[r.gridCode] || 0) + 1;
    });
    const head = el('tr', {}, ['编号', '姓名', '电话', '网格', '微信', '在岗', '办理中', '超期', '本网格待走访'].map(h => el('th', {}, h)));
    const rows = workers.items.map(w => {
      const l = load[w.code] || { open: 0, overdue: 0 };
      return el('tr', { dataset: { worker: w.code } }, el('td', {}, w.code), el('td', {}, w.name), el('td', {}, w.phone || '—'),
        el('td', {}, w.gridCode), el('td', {}, w.bound ? '已绑定' : '未绑定'), el('td', {}, w.onDuty ? '在岗' : '不在岗'),
        el('td', {}, el('a', { href: '#/events?status=' + OPEN + '&gridCode=' + encodeURIComponent(w.gridCode) }, l.open)),
        el('td', { class: l.overdue ? 'bad' : '' }, l.overdue), el('td', {}, due[w.gridCode] || 0));
    });
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: 9 }, '没有网格员'))]));
  }
  apply.addEventListener('click', () => load());
  await load();
}
