// The simulator's API. Every call answers parsed JSON or throws an Error carrying the server's
// problem detail, which the chat shows the way WeChat shows a failing account.

async function answer(response) {
  const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new Error(body?.detail || body?.title || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

export async function getJson(path) {
  return answer(await fetch(path, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, payload) {
  return answer(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
  }));
}

/** Uploads a photo as it is; the server keeps only real images and names them itself. */
export async function postImage(file) {
  return answer(await fetch('api/media', {
    method: 'POST',
    headers: { 'Content-Type': file.type && file.type.startsWith('image/') ? file.type : 'application/octet-stream' },
    body: file,
  }));
}

/** Event numbers such as 20261127-0042 in a text, in order. */
export function eventNumbers(text) {
  return (text || '').match(/\d{8}-\d{4,}/g) || [];
}

/** An element with a class and text, never parsing HTML: user text must not become markup. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
