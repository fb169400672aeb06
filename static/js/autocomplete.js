/* Autocomplete for search boxes (input[data-suggest-url]): ARIA 1.2 combobox with a
   listbox popup. Progressive enhancement: without this script the form still
   submits to /search. Keys: Down/Up move, Enter opens the highlighted suggestion
   (or searches), Escape closes then clears, Tab leaves. */
(function () {
  "use strict";
  var MIN_CHARS = 2;
  var DELAY_MS = 120;
  /* What screen readers hear comes from the page's language (gettext), set on
     the script tag: data-label, data-none, data-one, data-many ("{n}" = count). */
  var SCRIPT = document.querySelector("script[src*='js/autocomplete.js']");
  function say(name, fallback) {
    return (SCRIPT && SCRIPT.getAttribute("data-" + name)) || fallback;
  }
  var words = {
    label: say("label", "Search suggestions"),
    none: say("none", "No suggestions."),
    one: say("one", "1 suggestion."),
    many: say("many", "{n} suggestions.")
  };
  var counter = 0;

  function loadStyles(script) {
    if (!script || document.querySelector("link[data-autocomplete-css]")) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = script.src.replace(/js\/autocomplete\.js.*$/, "css/search.css");
    link.setAttribute("data-autocomplete-css", "");
    document.head.appendChild(link);
  }

  function Combobox(input) {
    counter += 1;
    this.input = input;
    this.url = input.getAttribute("data-suggest-url");
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.lastQuery = null;
    var id = "suggest-" + counter;
    var list = document.createElement("ul");
    list.id = id;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", words.label);
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.parentNode.classList.add("suggest-host");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    this.list = list;
    this.status = status;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");
    var self = this;
    input.addEventListener("input", function () { self.schedule(); });
    input.addEventListener("keydown", function (event) { self.onKey(event); });
    input.addEventListener("blur", function () { window.setTimeout(function () { self.close(); }, 150); });
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) self.go(Number(option.getAttribute("data-index")));
    });
  }

  Combobox.prototype.schedule = function () {
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.fetch(); }, DELAY_MS);
  };

  Combobox.prototype.fetch = function () {
    var query = this.input.value;
    if (query.trim().length < MIN_CHARS) { this.lastQuery = null; this.close(); return; }
    if (query === this.lastQuery) return;
    this.lastQuery = query;
    if (this.request && this.request.abort) this.request.abort();
    var controller = window.AbortController ? new AbortController() : null;
    this.request = controller;
    var self = this;
    var url = this.url + (this.url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
    window.fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) { if (self.input.value === query) self.show(Array.isArray(items) ? items : []); })
      .catch(function () { /* offline or aborted: the plain form still works */ });
  };

  Combobox.prototype.show = function (items) {
    this.items = items.slice(0, 10);
    this.active = -1;
    this.list.textContent = "";
    this.input.removeAttribute("aria-activedescendant");
    var self = this;
    this.items.forEach(function (item, index) {
      var li = document.createElement("li");
      li.id = self.list.id + "-" + index;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-index", String(index));
      li.textContent = item.label;
      self.list.appendChild(li);
    });
    var n = this.items.length;
    this.status.textContent = n === 0 ? words.none : n === 1 ? words.one : words.many.replace("{n}", String(n));
    if (n) { this.list.hidden = false; this.input.setAttribute("aria-expanded", "true"); }
    else { this.close(); }
  };

  Combobox.prototype.close = function () {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  };

  Combobox.prototype.move = function (step) {
    var n = this.items.length;
    if (!n) return;
    if (this.list.hidden) { this.list.hidden = false; this.input.setAttribute("aria-expanded", "true"); }
    var next = this.active + step;
    if (next < 0) next = n - 1;
    if (next >= n) next = 0;
    this.select(next);
  };

  Combobox.prototype.select = function (index) {
    var options = this.list.querySelectorAll("[role=option]");
    for (var i = 0; i < options.length; i += 1) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    this.active = index;
    if (options[index]) {
      this.input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }
  };

  Combobox.prototype.go = function (index) {
    var item = this.items[index];
    if (item && item.url) window.location.assign(item.url);
  };

  Combobox.prototype.onKey = function (event) {
    var open = !this.list.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open && !this.items.length) { this.lastQuery = null; this.fetch(); } else { this.move(1); }
        break;
      case "ArrowUp":
        if (open) { event.preventDefault(); this.move(-1); }
        break;
      case "Enter":
        if (open && this.active >= 0) { event.preventDefault(); this.go(this.active); }
        break;
      case "Escape":
        if (open) { event.preventDefault(); this.close(); }
        else if (this.input.value) { event.preventDefault(); this.input.value = ""; this.items = []; }
        break;
      case "Tab":
        this.close();
        break;
      default:
        break;
    }
  };

  function start() {
    loadStyles(SCRIPT);
    var inputs = document.querySelectorAll("input[data-suggest-url]");
    for (var i = 0; i < inputs.length; i += 1) new Combobox(inputs[i]);
  }

  if (!window.fetch) return;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
