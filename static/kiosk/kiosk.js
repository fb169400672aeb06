/* Kiosk behaviour: idle reset, attract carousel, stamp keypad, no context menu,
   offline cache. Pages work without it; this file only adds. */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.add("js");

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  function seconds(value, fallback) {
    var n = parseInt(value, 10);
    return n > 0 ? n : fallback;
  }

  /* No context menu, no text selection outside fields, no dragging pictures away. */
  function isField(target) {
    return target && target.closest && target.closest("input, textarea");
  }
  document.addEventListener("contextmenu", function (event) {
    event.preventDefault();
  });
  document.addEventListener("selectstart", function (event) {
    if (!isField(event.target)) {
      event.preventDefault();
    }
  });
  document.addEventListener("dragstart", function (event) {
    event.preventDefault();
  });

  /* Idle reset: back to the attract screen (default language) and forget everything. */
  function idleReset(body) {
    var idleMs = seconds(body.dataset.idle, 90) * 1000;
    var warnMs = Math.min(10000, idleMs / 4);
    var home = new URL(body.dataset.home, location.href);
    var warning = document.querySelector(".k-idle");
    var warnTimer = null;
    var resetTimer = null;

    function reset() {
      try {
        sessionStorage.clear();
        localStorage.clear();
      } catch (error) { /* storage may be disabled */ }
      Array.prototype.forEach.call(document.forms, function (form) { form.reset(); });
      if (location.pathname + location.search === home.pathname + home.search) {
        if (warning) { warning.hidden = true; }
        window.scrollTo(0, 0);
        document.dispatchEvent(new CustomEvent("kiosk:reset"));
        arm();
      } else {
        location.replace(home.href);
      }
    }

    function arm() {
      clearTimeout(warnTimer);
      clearTimeout(resetTimer);
      if (warning) { warning.hidden = true; }
      warnTimer = setTimeout(function () {
        if (warning) { warning.hidden = false; }
      }, idleMs - warnMs);
      resetTimer = setTimeout(reset, idleMs);
    }

    var last = 0;
    function activity() {
      var now = Date.now();
      if (now - last > 250) {  // pointer moves come in floods: re-arm 4 times a second at most
        last = now;
        arm();
      }
    }
    ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "input"].forEach(
      function (name) { document.addEventListener(name, activity, { passive: true }); }
    );
    window.addEventListener("scroll", activity, { passive: true });
    window.addEventListener("pageshow", arm);
    arm();
  }

  /* Attract carousel: one slide at a time; without JS the slides are a plain list. */
  function carousel(body) {
    var list = document.querySelector("[data-slides]");
    if (!list) { return; }
    var slides = Array.prototype.slice.call(list.children);
    if (slides.length < 2) { return; }
    var controls = document.querySelector("[data-show-controls]");
    var pauseButton = document.querySelector("[data-pause]");
    var stepMs = seconds(body.dataset.attract, 6) * 1000;
    var index = 0;
    var timer = null;
    var paused = false;
    // No fading while the list turns into a carousel: only later changes fade.
    list.classList.add("is-cycling", "is-starting");

    function show(i) {
      index = (i + slides.length) % slides.length;
      slides.forEach(function (slide, n) {
        slide.classList.toggle("is-active", n === index);
      });
      list.dataset.current = String(index);
    }
    function schedule() {
      clearInterval(timer);
      if (!paused) {
        timer = setInterval(function () { show(index + 1); }, stepMs);
      }
    }
    function setPaused(value) {
      paused = value;
      pauseButton.setAttribute("aria-pressed", value ? "true" : "false");
      pauseButton.textContent = value ? pauseButton.dataset.play : pauseButton.dataset.pauseLabel;
      schedule();
    }
    pauseButton.dataset.pauseLabel = pauseButton.textContent;
    pauseButton.dataset.play = pauseButton.dataset.playLabel || "▶";
    controls.hidden = false;
    controls.querySelector("[data-prev]").addEventListener("click", function () {
      show(index - 1);
      schedule();
    });
    controls.querySelector("[data-next]").addEventListener("click", function () {
      show(index + 1);
      schedule();
    });
    pauseButton.addEventListener("click", function () { setPaused(!paused); });
    document.addEventListener("kiosk:reset", function () {
      show(0);
      setPaused(false);
    });
    show(0);
    schedule();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { list.classList.remove("is-starting"); });
    });
  }

  /* On-screen keypad for stamp codes (Crockford base32), grouped as ABCD-EFGH-…. */
  function keypad() {
    var pad = document.querySelector("[data-keypad]");
    if (!pad) { return; }
    var input = document.getElementById(pad.dataset.keypad);
    if (!input) { return; }
    input.setAttribute("inputmode", "none");  // our keys instead of the system keyboard
    pad.hidden = false;

    function group(text) {
      var plain = text.replace(/[^0-9A-Z]/gi, "").toUpperCase().slice(0, 16);
      return (plain.match(/.{1,4}/g) || []).join("-");
    }
    pad.addEventListener("click", function (event) {
      var key = event.target.closest("[data-key]");
      if (!key) { return; }
      var plain = input.value.replace(/[^0-9A-Z]/gi, "");
      if (key.dataset.key === "back") {
        plain = plain.slice(0, -1);
      } else if (key.dataset.key === "clear") {
        plain = "";
      } else if (plain.length < 16) {
        plain += key.dataset.key;
      }
      input.value = group(plain);
    });
  }

  /* "Back" goes back in history when we came from another kiosk page. */
  function backLinks() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-back]");
      if (!link || !document.referrer) { return; }
      var from = new URL(document.referrer);
      var here = new URL(location.href);
      var sameLanguage = from.searchParams.get("lang") === here.searchParams.get("lang");
      if (from.origin === location.origin && from.pathname.indexOf("/kiosk/") === 0 &&
          sameLanguage && history.length > 1) {
        event.preventDefault();
        history.back();
      }
    });
  }

  /* Offline cache: register the service worker; on the attract screen, warm it. */
  function offline(body) {
    if (!("serviceWorker" in navigator) || !body.dataset.sw) { return; }
    navigator.serviceWorker.register(body.dataset.sw, { scope: body.dataset.scope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        if (document.querySelector("[data-slides]") && registration.active) {
          registration.active.postMessage("warm");
        }
      })
      .catch(function () { /* no cache: the kiosk still works online */ });
  }

  ready(function () {
    var body = document.body;
    idleReset(body);
    carousel(body);
    keypad();
    backLinks();
    offline(body);
  });
})();
