/* Kiosk service worker (scope /kiosk/): pages network-first with a cached
   fallback, assets cache-first, so a kiosk rides out a short server hiccup. */
"use strict";

const VERSION = "__KIOSK_VERSION__";
const CACHE = "kiosk-" + VERSION;
const SCOPE = new URL(self.registration.scope);
const PRECACHE = new URL("precache.json", SCOPE).href;
const NETWORK_TIMEOUT_MS = 4000;

async function cacheOne(cache, url) {
  try {
    const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
    if (response.ok) {
      await cache.put(url, response);
    }
  } catch (error) {
    // One page missing must not stop the others: it is cached when next visited.
  }
}

async function precacheList() {
  const response = await fetch(PRECACHE, { cache: "no-store", credentials: "same-origin" });
  return response.json();
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const list = await precacheList();
    await Promise.all(list.shell.map((url) => cacheOne(cache, url)));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(
      names.filter((name) => name.startsWith("kiosk-") && name !== CACHE)
        .map((name) => caches.delete(name))
    );
    await self.clients.claim();
  })());
});

async function warm() {
  // Every detail page, one at a time so the server hardly notices.
  const cache = await caches.open(CACHE);
  let list;
  try {
    list = await precacheList();
  } catch (error) {
    return;
  }
  for (const url of list.pages) {
    if (!(await cache.match(url, { ignoreVary: true }))) {
      await cacheOne(cache, url);
    }
  }
}

self.addEventListener("message", (event) => {
  if (event.data === "warm") {
    event.waitUntil(warm());
  }
});

function offlinePage(url) {
  const lang = url.searchParams.get("lang") || "vi";
  return new URL("offline?lang=" + encodeURIComponent(lang), SCOPE).href;
}

function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), NETWORK_TIMEOUT_MS);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); }
    );
  });
}

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request));
    if (response.ok && response.type === "basic") {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) {
      return cached;
    }
    if (request.mode === "navigate") {
      const fallback = await cache.match(offlinePage(url), { ignoreVary: true });
      if (fallback) {
        return fallback;
      }
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.href === PRECACHE) {
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate" || url.pathname.startsWith(SCOPE.pathname)) {
    event.respondWith(networkFirst(request, url));
  }
});
