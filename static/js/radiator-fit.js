// Fits each radiator tile's list to its tile: only whole items show, as many
// as fit, and "+N more" counts the ones left out. Without script the page
// shows the first few items the server chose (radiator.items in secdoc.yaml)
// with the same "+N more". It runs again when the window changes size.
(function () {
  'use strict';

  function fits(list, more) {
    var bottom = list.getBoundingClientRect().bottom + 0.5;
    var items = list.children;
    for (var i = items.length - 1; i >= 0; i--) {
      if (!items[i].hidden) {
        return items[i].getBoundingClientRect().bottom <= bottom &&
          (more.hidden || more.getBoundingClientRect().bottom <= more.parentNode.getBoundingClientRect().bottom + 0.5);
      }
    }
    return true;
  }

  function fitTile(list) {
    var more = list.parentNode.querySelector('.tile-more');
    var count = more && more.querySelector('.tile-more-n');
    if (!more || !count) { return; }
    var items = list.children;
    var total = items.length;
    var shown = total;
    for (var i = 0; i < total; i++) { items[i].hidden = false; }
    more.hidden = true;
    if (fits(list, more)) { return; }
    more.hidden = false;
    while (shown > 0) {
      shown--;
      items[shown].hidden = true;
      count.textContent = String(total - shown);
      if (fits(list, more)) { break; }
    }
  }

  function fitAll() {
    var lists = document.querySelectorAll('.tile-items');
    for (var i = 0; i < lists.length; i++) { fitTile(lists[i]); }
    document.body.classList.add('is-fitted');
  }

  var timer = null;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(fitAll, 100);
  });
  if (document.fonts && document.fonts.ready) {
    document.fonts.ready.then(fitAll);
  }
  fitAll();
}());
