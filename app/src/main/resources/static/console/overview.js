// 概览: the figures of a unit over a date range, the daily trend, the categories and the ranked 督查通报 table.
import { api, query } from './api.js';
import { days, el, percent, score } from './dom.js';
import { unitPicker } from './picker.js';

const MAX_TREND_DAYS = 31;

export async function overviewPage(view, ctx) {
  // Empty dates: the API's default, the last 30 days of the county's own calendar (not this browser's).
  const from = el('input', { type: 'date', id: 'from' });
  const to = el('input', { type: 'date', id: 'to' });
  const unit = unitPicker(ctx, 'unit');
  const apply = el('button', { type: 'button', id: 'apply' }, '查询');
  const figures = el('div', { class: 'figures', id: 'figures' });
  const trend = el('div', { class: 'chart', id: 'trend-chart' });
  const categories = el('div', { class: 'chart', id: 'category-chart' });
  const report = el('table', { class: 'grid-table', id: 'report' });
  const departments = el('table', { class: 'grid-table', id: 'department-report' });
  view.append(el('h2', {}, '概览'),
    el('div', { class: 'toolbar' }, el('label', {}, '从 ', from), el('label', {}, '到 ', to), el('label', {}, '单位 ', unit), apply),
    figures,
    el('div', { class: 'panels' },
      el('section', { class: 'panel wide' }, el('h3', {}, '每日受理与办结'), trend),
      el('section', { class: 'panel' }, el('h3', {}, '事件分类'), categories)),
    el('section', { class: 'panel' }, el('h3', {}, '督查通报(下级单位排名)'), report),
    el('section', { class: 'panel' }, el('h3', {}, '督查通报(部门排名)'), departments));

  const trendChart = echarts.init(trend);
  const categoryChart = echarts.init(categories);
  window.addEventListener('resize', () => { trendChart.resize(); categoryChart.resize(); });

  async function load() {
    const params = { from: from.value, to: to.value, gridCode: unit.value };
    const [overview, ranked, byDepartment] = await Promise.all([api('/api/v1/stats/overview' + query(params)),
      api('/api/v1/stats/report' + query(params)), api('/api/v1/stats/report' + query({ ...params, level: 'DEPARTMENT' }))]);
    from.value = overview.from;
    to.value = overview.to;
    showFigures(figures, overview);
    showCategories(categoryChart, overview);
    showReport(report, ranked, '没有下级单位');
    showReport(departments, byDepartment, '本单位下没有部门');
    const range = days(overview.from, overview.to).slice(-MAX_TREND_DAYS);
    const daily = await Promise.all(range.map(d => api('/api/v1/stats/overview' + query({ from: d, to: d, gridCode: unit.value }))));
    trendChart.setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { data: ['受理', '办结', '超期'] },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: range.map(d => d.slice(5)) }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '受理', type: 'line', data: daily.map(o => o.received) },
        { name: '办结', type: 'line', data: daily.map(o => o.resolved) },
        { name: '超期', type: 'bar', data: daily.map(o => o.overdue) }]
    }, true);
    view.dataset.loaded = overview.unitCode + ':' + overview.from + ':' + overview.to;
  }
  apply.addEventListener('click', () => load().catch(e => figures.replaceChildren(el('p', { class: 'error' }, e.message))));
  await load();
}

function showFigures(node, o) {
  const card = (id, label, value) => el('div', { class: 'figure', id }, el('span', { class: 'value' }, value), el('span', { class: 'label' }, label));
  node.replaceChildren(el('p', { class: 'scope' }, o.unitName + ' · ' + o.from + ' 至 ' + o.to),
    el('div', { class: 'cards' },
      card('fig-received', '受理', o.received), card('fig-resolved', '办结', o.resolved),
      card('fig-completion', '办结率', percent(o.completionRate)), card('fig-ontime', '按时办结率', percent(o.onTimeRate)),
      card('fig-sign', '及时签收率', percent(o.signOnTimeRate)), card('fig-overdue', '超期', o.overdue),
      card('fig-satisfaction', '满意度', score(o.satisfaction)), card('fig-urgent', '紧急', o.urgent)));
}

function showCategories(chart, o) {
  const rows = o.byCategory.filter(c => c.received > 0);
  chart.setOption({
    animation: false, tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map(c => ({ name: c.categoryLabel, value: c.received })) }]
  }, true);
}

function showReport(table, report, none) {
  const head = el('tr', {}, ['名次', '单位', '受理', '办结', '办结率', '按时办结率', '及时签收率', '满意度', '超期'].map(h => el('th', {}, h)));
  const rows = report.items.map(r => el('tr', { dataset: { unit: r.unitCode } },
    el('td', {}, r.rank), el('td', {}, r.unitName), el('td', {}, r.received), el('td', {}, r.resolved),
    el('td', {}, percent(r.completionRate)), el('td', {}, percent(r.onTimeRate)), el('td', {}, percent(r.signOnTimeRate)),
    el('td', {}, score(r.satisfaction)), el('td', { class: r.overdue > 0 ? 'bad' : '' }, r.overdue)));
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', { colspan: 9 }, none))]));
}
