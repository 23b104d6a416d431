// secdoc serve: reloads the page after each successful rebuild and shows the
// errors of a failed one over the page, until a rebuild fixes them. Served by
// `secdoc serve` only; built sites never include it.
(function () {
  'use strict';
  var overlay = null;

  function show(errors) {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.id = 'secdoc-errors';
    var s = overlay.style;
    s.position = 'fixed'; s.inset = '0'; s.zIndex = '2147483647'; s.overflow = 'auto';
    s.background = 'rgba(20, 0, 0, 0.92)'; s.color = '#fff'; s.padding = '2rem';
    s.font = '15px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
    var h = document.createElement('h2');
    h.textContent = 'Build failed: ' + errors.length + (errors.length === 1 ? ' error' : ' errors') +
      '. Still showing the last good build; fix the files and it reloads.';
    h.style.font = 'bold 18px system-ui, sans-serif'; h.style.margin = '0 0 1rem';
    overlay.appendChild(h);
    var list = document.createElement('ol');
    list.style.paddingLeft = '1.5rem';
    errors.forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      li.style.marginBottom = '0.5rem';
      li.style.whiteSpace = 'pre-wrap';
      list.appendChild(li);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  var source = new EventSource('/_secdoc/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('ok', hide);
  source.addEventListener('errors', function (e) {
    try { show(JSON.parse(e.data).errors || []); } catch (err) { /* ignore a malformed event */ }
  });
}());
