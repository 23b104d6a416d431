// Keeps the security-debt radiator current on a wall monitor that nobody
// touches. Every `data-refresh` seconds it fetches api/radiator.json and
// reloads the page when the figures changed; it marks the page stale when the
// build is older than `data-stale-after` hours. It needs no server of ours:
// any static host works, and several monitors can poll at once. Opened from
// disk (file://), where fetch is refused, it simply reloads on the interval.
(function () {
  'use strict';
  var body = document.body;
  var refresh = Math.max(5, parseInt(body.getAttribute('data-refresh'), 10) || 60) * 1000;
  var staleAfter = (parseInt(body.getAttribute('data-stale-after'), 10) || 26) * 3600 * 1000;
  var built = Date.parse(body.getAttribute('data-built') || '');
  var poll = body.getAttribute('data-poll');
  var banner = document.querySelector('.radiator-stale');
  var seen = null;

  function checkStale() {
    var stale = !isNaN(built) && Date.now() - built > staleAfter;
    body.classList.toggle('is-stale', stale);
    if (banner) { banner.hidden = !stale; }
  }

  function tick() {
    checkStale();
    if (!poll || location.protocol === 'file:') {
      location.reload();
      return;
    }
    fetch(poll, { cache: 'no-store' })
      .then(function (res) {
        if (!res.ok) { throw new Error('HTTP ' + res.status); }
        return res.text();
      })
      .then(function (text) {
        body.classList.remove('is-offline');
        if (seen !== null && text !== seen) {
          location.reload();
          return;
        }
        seen = text;
      })
      .catch(function () {
        body.classList.add('is-offline');
      });
  }

  checkStale();
  if (poll && location.protocol !== 'file:') {
    fetch(poll, { cache: 'no-store' }).then(function (res) {
      return res.ok ? res.text() : null;
    }).then(function (text) { seen = text; }).catch(function () {});
  }
  setInterval(tick, refresh);
}());
