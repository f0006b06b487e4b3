// Small DOM helpers: every text goes in as text (never as HTML), so nothing a resident wrote can run here.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function percent(rate) {
  return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(1) + '%';
}

export function score(value) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(2);
}

/** 2026-11-27T08:03:00+08:00 → 11-27 08:03 */
export function time(iso) {
  if (!iso) return '—';
  const m = /^\d{4}-(\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return m ? m[1] + ' ' + m[2] : iso;
}

export function isoDate(date) {
  const pad = n => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
}

export function days(from, to) {
  const out = [];
  const d = new Date(from + 'T00:00:00');
  const end = new Date(to + 'T00:00:00');
  while (d <= end) {
    out.push(isoDate(d));
    d.setDate(d.getDate() + 1);
  }
  return out;
}

export const STATUSES = {
  REPORTED: '已受理', ASSIGNED: '已派发', ACCEPTED: '已签收', RETURNED: '已退回', ESCALATED: '已上报',
  REOPENED: '已重办', RESOLVED: '已办结', CLOSED: '已关闭', CANCELLED: '已撤销', MERGED: '已合并'
};
export const OPEN = 'REPORTED,ASSIGNED,ACCEPTED,RETURNED,ESCALATED,REOPENED';
export const CATEGORIES = {
  EMERGENCY: '紧急求助', ENVIRONMENT: '环境卫生', MUNICIPAL: '市政设施', GREENERY: '园林绿化', SAFETY: '安全隐患',
  PUBLIC_ORDER: '社会治安', DISPUTE: '矛盾纠纷', URBAN_MANAGEMENT: '城市管理', LIVELIHOOD: '民生服务', OTHER: '其他'
};
export const LEVELS = { COUNTY: '县', TOWNSHIP: '镇(街道)', COMMUNITY: '社区(村)', GRID: '网格', DEPARTMENT: '部门' };
