// Every call goes to the admin API with the session token as a bearer header. The token lives in this tab's
// sessionStorage, never in a cookie, so no other site can send it (no CSRF).

const KEY = 'gridbot.console.session';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

export const session = {
  get() {
    const raw = sessionStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  },
  set(value) {
    sessionStorage.setItem(KEY, JSON.stringify(value));
  },
  clear() {
    sessionStorage.removeItem(KEY);
  }
};

let onSignedOut = () => {};
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  const current = session.get();
  if (current) headers.Authorization = 'Bearer ' + current.token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit' });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401 && current) {
    session.clear();
    onSignedOut('登录已过期,请重新登录');
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export async function signIn(username, password) {
  const response = await fetch('/api/v1/session', {
    method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password })
  });
  const json = await response.json();
  if (!response.ok) throw new ApiError(response.status, json);
  session.set(json);
  return json;
}

export async function signOut() {
  try {
    await api('/api/v1/session', { method: 'DELETE' });
  } finally {
    session.clear();
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** The unit tree the caller may see, flattened in tree order with depth. */
export async function units() {
  const roots = await api('/api/v1/grids');
  const out = [];
  const walk = (unit, depth) => {
    out.push({ code: unit.code, name: unit.name, level: unit.level, parentCode: unit.parentCode, depth });
    (unit.children || []).forEach(child => walk(child, depth + 1));
  };
  roots.forEach(root => walk(root, 0));
  return out;
}
