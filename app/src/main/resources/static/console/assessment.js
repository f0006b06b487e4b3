// 考核: the monthly ranking of workers, departments or townships (README "Departments and supervision"), as
// GET /api/v1/assessment returns it for the signed-in account's units; assessment.csv the same for spreadsheets.
import { api, query, session } from './api.js';
import { el, percent, score } from './dom.js';

const LEVELS = { WORKER: '网格员及部门人员', DEPARTMENT: '部门', TOWNSHIP: '镇(街道)' };
const MEASURES = { onTime: '按时办结', signTimely: '及时签收', satisfaction: '满意度', reopened: '未重办', visits: '走访',
  patrols: '巡查', checks: '核查', selfReports: '自主上报' };

/** The month before the current one, as YYYY-MM: the API's own default. */
function lastMonth() {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0');
}

export async function assessmentPage(view, ctx, arg, params = new URLSearchParams()) {
  const month = el('input', { id: 'a-month', type: 'month', value: params.get('month') || lastMonth() });
  const level = el('select', { id: 'a-level' }, Object.entries(LEVELS).map(([code, label]) => el('option', { value: code }, label)));
  level.value = params.get('level') || 'WORKER';
  const apply = el('button', { type: 'button', id: 'a-apply' }, '查询');
  const download = el('button', { type: 'button', class: 'plain', id: 'a-csv' }, '下载 CSV');
  const note = el('p', { class: 'scope', id: 'a-scope' });
  const table = el('table', { class: 'grid-table', id: 'assessment-list' });
  view.append(el('h2', {}, '考核'), el('div', { class: 'toolbar' }, el('label', {}, '月份 ', month), level, apply, download),
    note, el('div', { class: 'panel' }, table));

  const filters = () => query({ month: month.value, level: level.value });
  async function load() {
    const report = await api('/api/v1/assessment' + filters());
    const weights = Object.entries(report.weights || {}).map(([k, w]) => (MEASURES[k] || k) + ' ' + w).join(' · ');
    note.textContent = report.month + ' · ' + (LEVELS[report.level] || report.level) + (weights ? ' · 权重 ' + weights : '');
    const head = el('tr', {}, ['名次', '编号', '名称', '所属单位', '得分', '按时办结', '及时签收', '满意度', '未重办',
      '走访', '巡查', '核查', '自主上报', '办结', '平均评价'].map(h => el('th', {}, h)));
    const rows = report.items.map(r => el('tr', { dataset: { code: r.code, rank: r.rank } },
      el('td', {}, r.rank), el('td', {}, r.code), el('td', {}, r.name || '—'), el('td', {}, r.unitCode || '—'),
      el('td', {}, el('strong', {}, score(r.score))), el('td', {}, percent(r.onTime)), el('td', {}, percent(r.signTimely)),
      el('td', {}, percent(r.satisfaction)), el('td', {}, percent(r.reopenedComplement)), el('td', {}, percent(r.visits)),
      el('td', {}, percent(r.patrols)), el('td', {}, percent(r.checks)), el('td', {}, percent(r.selfReports)),
      el('td', {}, r.resolvedOnTime + '/' + r.resolved), el('td', {}, r.averageRating ?? '—')));
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: 15 }, '本月没有可考核的对象'))]));
    table.dataset.loaded = String(Date.now());
  }

  // The token is a bearer header, not a cookie, so the file is fetched here and saved from a blob.
  download.addEventListener('click', async () => {
    const response = await fetch('/api/v1/assessment.csv' + filters(), { credentials: 'omit',
      headers: { Authorization: 'Bearer ' + (session.get() || {}).token } });
    if (!response.ok) {
      note.textContent = '下载失败:HTTP ' + response.status;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: 'assessment-' + month.value + '-' + level.value.toLowerCase() + '.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
  apply.addEventListener('click', () => load().catch(e => { note.textContent = '加载失败:' + e.message; }));
  await load();
}
