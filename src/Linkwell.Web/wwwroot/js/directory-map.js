// The directory's map: progressive enhancement only. The results list carries everything the map shows, so
// the map is hidden from assistive technology and takes no keyboard focus; markers come from the list's data
// attributes (the Content-Security-Policy allows no inline script). Without a configured tile server the
// markers sit on a plain background and the browser asks no one else for anything.
(function () {
  'use strict';
  var element = document.getElementById('directory-map');
  if (!element || typeof window.L === 'undefined') {
    return;
  }

  var L = window.L;
  var items = Array.prototype.filter.call(document.querySelectorAll('.lw-result[data-lat]'), function (item) {
    return item.dataset.lat !== '' && item.dataset.lng !== '';
  });
  var centre = element.dataset.centreLat ? [Number(element.dataset.centreLat), Number(element.dataset.centreLng)] : null;
  if (items.length === 0 && !centre) {
    return;
  }

  var panel = element.closest('.lw-map-panel');
  panel.hidden = false;
  panel.parentElement.classList.add('lw-directory-results--map');

  var map = L.map(element, { keyboard: false, attributionControl: false, zoomSnap: 0.5, scrollWheelZoom: false });
  if (element.dataset.tiles) {
    // Only the origin goes with tile requests: the page's address can hold a postcode.
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, referrerPolicy: 'origin' }).addTo(map);
  }

  L.control.scale({ metric: false }).addTo(map);
  // The zoom buttons are links; inside a region hidden from assistive technology they must not take focus.
  element.querySelectorAll('a').forEach(function (link) {
    link.setAttribute('tabindex', '-1');
  });

  var points = [];
  if (centre) {
    L.circleMarker(centre, { radius: 8, color: '#212b32', weight: 3, fillColor: '#ffeb3b', fillOpacity: 1 })
      .bindTooltip('Search centre').addTo(map);
    points.push(centre);
  }

  items.forEach(function (item) {
    var point = [Number(item.dataset.lat), Number(item.dataset.lng)];
    points.push(point);
    L.circleMarker(point, { radius: 7, color: '#ffffff', weight: 2, fillColor: '#005eb8', fillOpacity: 1 })
      .bindTooltip(item.dataset.name)
      .on('click', function () {
        // Mouse users pick on the map; the list is where the details (and the keyboard) are.
        document.querySelectorAll('.lw-result--chosen').forEach(function (chosen) {
          chosen.classList.remove('lw-result--chosen');
        });
        item.classList.add('lw-result--chosen');
        item.scrollIntoView({ block: 'nearest' });
        item.querySelector('a').focus({ preventScroll: true });
      })
      .addTo(map);
  });

  if (points.length === 1) {
    map.setView(points[0], 14);
  } else {
    map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
  }
})();
