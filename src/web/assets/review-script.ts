// The desk's script, served from /assets/review.js. Progressive enhancement only: every action
// is a plain form or link without it. It adds the keyboard shortcuts and live arithmetic checks
// (the same rules as draft/check-order.ts, which decides on the server).

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
  function num(name) {
    var el = form && form.elements.namedItem(name);
    if (!el || el.value.trim() === '') return null;
    var n = Number(el.value.trim());
    return isNaN(n) ? NaN : n;
  }
  function text(name) { var el = form && form.elements.namedItem(name); return el ? el.value.trim() : ''; }
  function lineIndexes() {
    return Array.prototype.map.call(form.querySelectorAll('tr.line'), function (tr) { return tr.getAttribute('data-index'); });
  }
  function check() {
    var out = [];
    function add(field, level, message) { out.push({ field: field, level: level, message: message }); }
    if (!text('poNumber')) add('poNumber', 'warning', 'no PO number');
    if (!text('buyer.company') && !text('buyer.email')) add('buyer.company', 'error', 'no buyer');
    else if (!text('buyer.customerId')) add('buyer.customerId', 'warning', 'buyer not matched to a customer account');
    if (!text('requestedDeliveryDate')) add('requestedDeliveryDate', 'warning', 'no requested delivery date');
    var idx = lineIndexes();
    if (!idx.length) add('lines', 'error', 'the order has no lines');
    var sum = 0, allAmounts = idx.length > 0;
    idx.forEach(function (n, i) {
      var p = 'lines.' + n + '.', label = 'line ' + (i + 1);
      var q = num(p + 'quantity'), price = num(p + 'unitPrice'), amount = num(p + 'amount'), conf = num(p + 'confidence');
      if (!(q > 0)) add(p + 'quantity', 'error', label + ': quantity must be above 0');
      if (!text(p + 'sku') && !text(p + 'description')) add(p + 'description', 'error', label + ': no item number or description');
      if (price !== null && amount !== null && Math.abs(q * price - amount) > 0.011) {
        var m = label + ': ' + q + ' × ' + price + ' is not ' + amount;
        add(p + 'quantity', 'error', m); add(p + 'amount', 'error', m);
      }
      if (price === null) add(p + 'unitPrice', 'warning', label + ': no unit price');
      if (conf !== null && conf < 0.7) add(p + 'sku', 'warning', label + ': read with low confidence');
      if (amount === null || isNaN(amount)) allAmounts = false; else sum += amount;
    });
    var sub = num('subtotal'), total = num('total');
    if (sub !== null && allAmounts && Math.abs(sum - sub) > 0.011) add('subtotal', 'error', 'lines add up to ' + Math.round(sum * 100) / 100 + ', not the subtotal ' + sub);
    if (total !== null && sub !== null) {
      var t = sub + (num('tax') || 0) + (num('shipping') || 0);
      if (Math.abs(t - total) > 0.011) add('total', 'error', 'subtotal + tax + shipping is ' + Math.round(t * 100) / 100 + ', not the total ' + total);
    }
    return out;
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
