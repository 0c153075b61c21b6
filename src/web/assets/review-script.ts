// The desk's script, served from /assets/review.js. Progressive enhancement only: every action
// is a plain form or link without it. It adds the keyboard shortcuts and the live order check
// (domain/check-order.ts, bundled into check-script.generated.ts and served before this script).

export const REVIEW_SCRIPT = String.raw`
(function () {
  'use strict';
  var page = document.body.getAttribute('data-page');
  function typing(el) { return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT'); }
  function plain(e) { return !e.ctrlKey && !e.metaKey && !e.altKey; }

  if (page === 'queue') {
    var links = Array.prototype.slice.call(document.querySelectorAll('a.open'));
    var at = 0;
    function select(i) {
      if (!links.length) return;
      at = Math.max(0, Math.min(links.length - 1, i));
      links.forEach(function (a, j) { a.closest('tr').classList.toggle('selected', j === at); });
      links[at].focus();
    }
    if (links.length && !typing(document.activeElement)) select(0);
    document.addEventListener('keydown', function (e) {
      if (typing(e.target)) { if (e.key === 'Escape') e.target.blur(); return; }
      if (!plain(e)) return;
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); select(at + 1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); select(at - 1); }
      else if (e.key === 'o' && links[at]) { e.preventDefault(); links[at].click(); }
      else if (e.key === '/') { e.preventDefault(); var q = document.getElementById('q'); if (q) q.focus(); }
    });
    return;
  }
  if (page !== 'draft') return;

  var form = document.getElementById('draft-form');
  var approve = document.getElementById('approve');
  var findingsList = document.getElementById('findings');
  // The draft as stored (values the form does not hold: addresses, charges) and the findings of
  // the other stages; the order check itself is window.poInbox.checkOrder, bundled from
  // domain/check-order.ts (check-script.generated.ts), the code the server decides with.
  var dataEl = document.getElementById('draft-data');
  var data = dataEl ? JSON.parse(dataEl.textContent) : null;
  function num(name) {
    var el = form && form.elements.namedItem(name);
    if (!el || el.value.trim() === '') return null;
    var n = Number(el.value.trim());
    return isNaN(n) ? NaN : n;
  }
  function text(name) { var el = form && form.elements.namedItem(name); return el ? el.value.trim() : ''; }
  function orNull(s) { return s === '' ? null : s; }
  function lineIndexes() {
    return Array.prototype.map.call(form.querySelectorAll('tr.line'), function (tr) { return tr.getAttribute('data-index'); });
  }
  function currentOrder() {
    var o = JSON.parse(JSON.stringify(data.order));
    ['poNumber', 'orderDate', 'requestedDeliveryDate', 'currency', 'paymentTerms', 'shippingMethod', 'notes'].forEach(function (k) {
      if (form.elements.namedItem(k)) o[k] = orNull(text(k));
    });
    ['company', 'customerId', 'contactName', 'email', 'phone'].forEach(function (k) {
      if (form.elements.namedItem('buyer.' + k)) o.buyer[k] = orNull(text('buyer.' + k));
    });
    ['subtotal', 'tax', 'shipping', 'total'].forEach(function (k) { if (form.elements.namedItem(k)) o[k] = num(k); });
    var rows = lineIndexes();
    o.lines = rows.map(function (n) {
      var p = 'lines.' + n + '.';
      var line = { lineNo: num(p + 'lineNo'), sku: orNull(text(p + 'sku')), catalogSku: orNull(text(p + 'catalogSku')), description: orNull(text(p + 'description')),
        quantity: num(p + 'quantity'), unit: orNull(text(p + 'unit')), unitPrice: num(p + 'unitPrice'), amount: num(p + 'amount'), confidence: num(p + 'confidence') };
      if (line.quantity === null) line.quantity = 0;
      if (line.confidence === null) line.confidence = 1;
      var d = num(p + 'discountPercent');
      if (d !== null && !isNaN(d)) line.discountPercent = d;
      return line;
    });
    return { order: o, rows: rows };
  }
  function check() {
    if (!data || !window.poInbox) return [];
    var now = currentOrder();
    var found = data.others.concat(window.poInbox.checkOrder(now.order));
    // Findings name lines by their place in the order; the form names them by data-index.
    return found.filter(function (f) { return f.severity !== 'info'; }).map(function (f) {
      var field = f.field ? window.poInbox.inputFor(f.field) : '';
      field = field.replace(/^lines\.(\d+)/, function (_, i) { return 'lines.' + (now.rows[Number(i)] || i); });
      return { field: field, level: window.poInbox.flagClass(f.severity), message: f.message };
    });
  }
  function show() {
    if (!form) return;
    var found = check();
    Array.prototype.forEach.call(form.querySelectorAll('[data-flag]'), function (el) {
      el.removeAttribute('data-flag'); el.classList.remove('is-error', 'is-warning');
    });
    found.forEach(function (f) {
      var el = form.elements.namedItem(f.field);
      if (!el || !el.classList) return;
      if (el.getAttribute('data-flag') === 'error') return;
      el.setAttribute('data-flag', f.level); el.classList.remove('is-warning'); el.classList.add('is-' + f.level);
    });
    if (findingsList) {
      findingsList.textContent = '';
      var seen = {};
      found.forEach(function (f) {
        if (seen[f.message]) return; seen[f.message] = true;
        var li = document.createElement('li'); li.className = f.level; li.textContent = f.message; findingsList.appendChild(li);
      });
    }
    var blocked = found.some(function (f) { return f.level === 'error'; });
    if (approve) { approve.disabled = blocked; approve.title = blocked ? 'fix the red fields first' : ''; }
  }
  function flagged() {
    var all = Array.prototype.slice.call(form.querySelectorAll('[data-flag]'));
    return all.filter(function (el) { return el.getAttribute('data-flag') === 'error'; })
      .concat(all.filter(function (el) { return el.getAttribute('data-flag') === 'warning'; }));
  }
  function jump(step) {
    var list = flagged();
    if (!list.length) return;
    var i = list.indexOf(document.activeElement);
    var next = list[(i + step + list.length) % list.length];
    next.focus(); if (next.select) next.select();
  }
  if (form) { form.addEventListener('input', show); show(); }
  // Outline where the focused field stands on the page image, and bring that spot into view.
  function outline(name) {
    Array.prototype.forEach.call(document.querySelectorAll('.evidence-layer rect.on'), function (r) { r.classList.remove('on'); });
    if (!name) return;
    var first = null;
    Array.prototype.forEach.call(document.querySelectorAll('.evidence-layer rect'), function (r) {
      if (r.getAttribute('data-field') !== name) return;
      r.classList.add('on'); if (!first) first = r;
    });
    if (first && first.scrollIntoView) first.scrollIntoView({ block: 'nearest' });
  }
  if (form) {
    form.addEventListener('focusin', function (e) { outline(e.target && e.target.name); });
    form.addEventListener('focusout', function () { outline(null); });
  }
  function press(id) { var el = document.getElementById(id); if (el && !el.disabled) el.click(); }
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); press('approve'); return; }
    if (typing(e.target)) {
      if (e.key === 'Escape') { e.preventDefault(); e.target.blur(); }
      else if (e.key === 'Enter' && e.target.id === 'reject-reason') { return; }
      return;
    }
    if (!plain(e)) { return; }
    if (e.key === 'f') { e.preventDefault(); jump(1); }
    else if (e.key === 'F') { e.preventDefault(); jump(-1); }
    else if (e.key === 'a') { e.preventDefault(); press('approve'); }
    else if (e.key === 's') { e.preventDefault(); press('save'); }
    else if (e.key === 'r') { e.preventDefault(); var r = document.getElementById('reject-reason'); if (r) r.focus(); }
    else if (e.key === 'n') { e.preventDefault(); press('next-draft'); }
    else if (e.key === 'q') { e.preventDefault(); window.location.href = '/queue'; }
    else if (e.key === '?') { e.preventDefault(); var h = document.getElementById('shortcuts'); if (h) h.open = !h.open; }
  });
})();
`;
