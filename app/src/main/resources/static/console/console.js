// The console's shell: sign-in, the navigation and one page at a time, chosen by the address's #/page.
import { api, session, signIn, signOut, whenSignedOut, units } from './api.js';
import { clear, el } from './dom.js';
import { overviewPage } from './overview.js';
import { eventsPage, eventPage } from './events.js';
import { mapPage } from './map.js';
import { workersPage } from './workers.js';
import { residentsPage } from './residents.js';
import { assessmentPage } from './assessment.js';
import { registersPage } from './registers.js';

const ROLES = { ADMIN: '管理员', SUPERVISOR: '督办', VIEWER: '查看' };
const view = document.getElementById('view');
let context = null;

function showSignIn(message) {
  context = null;
  document.getElementById('app-view').hidden = true;
  document.getElementById('signin-view').hidden = false;
  document.getElementById('signin-error').textContent = message || '';
  document.getElementById('password').value = '';
}

async function showApp() {
  const who = await api('/api/v1/session');
  const settings = await fetch('/console/settings').then(r => r.json());
  context = { who, settings, units: await units() };
  document.getElementById('signin-view').hidden = true;
  document.getElementById('app-view').hidden = false;
  document.getElementById('who').textContent = who.username + ' · ' + (ROLES[who.role] || who.role)
    + (who.unitName ? ' · ' + who.unitName : ' · 全县');
  route();
}

async function route() {
  if (!context) return;
  const [path, search] = location.hash.split('?');
  const [, page = 'overview', arg] = path.split('/');
  const params = new URLSearchParams(search || '');
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.page === page));
  clear(view);
  delete view.dataset.loaded;
  const pages = { overview: overviewPage, events: arg ? eventPage : eventsPage, map: mapPage, workers: workersPage,
    residents: residentsPage, assessment: assessmentPage, registers: registersPage };
  const render = pages[page] || overviewPage;
  try {
    await render(view, context, arg && decodeURIComponent(arg), params);
  } catch (e) {
    const reason = e.status === 404 ? '没有找到,或不在您管辖的单位内' : e.status === 403 ? '无权查看' : e.message;
    view.append(el('p', { class: 'error', role: 'alert' }, '加载失败:' + reason));
  }
}

document.getElementById('signin-form').addEventListener('submit', async event => {
  event.preventDefault();
  const error = document.getElementById('signin-error');
  error.textContent = '';
  try {
    await signIn(document.getElementById('username').value.trim(), document.getElementById('password').value);
    await showApp();
  } catch (e) {
    error.textContent = e.status === 423 ? '密码错误次数过多,账户已锁定 15 分钟,请稍后再试'
      : e.status === 401 ? '用户名或密码错误' : '登录失败:' + e.message;
  }
});

document.getElementById('signout').addEventListener('click', async () => {
  await signOut().catch(() => {});
  showSignIn('已退出');
});

whenSignedOut(message => showSignIn(message));
window.addEventListener('hashchange', route);

if (session.get()) {
  showApp().catch(() => showSignIn());
} else {
  showSignIn();
}
