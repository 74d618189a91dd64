/*
 * The public results page's script. The server writes the published results into the page (the first screen);
 * this script fills in the rest from the public API only: the unit-wise and district-wise tables, the titles,
 * the stage schedule, find-a-participant, and on the big screen it refreshes everything on its own. Labels come
 * from the page itself (PageLabels), so they are written once for both. Text is always set as text, never as
 * markup, so a name cannot inject anything.
 */
(function () {
  'use strict';

  var API = '/api/v1/kalamela';
  var ZONE = 'Asia/Kolkata';
  var labels = JSON.parse(document.getElementById('page-labels').textContent);
  var lang = document.documentElement.lang || 'en';
  var body = document.body;
  var chosenDay = null;

  function t(key) {
    var text = labels[key] || key;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  /* el('td', {className: 'rank'}, ['1']): an element with properties and children (strings become text). */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === 'attrs') {
        Object.keys(props.attrs).forEach(function (a) { node.setAttribute(a, props.attrs[a]); });
      } else {
        node[key] = props[key];
      }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === '') { return; }
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  function replace(container, nodes) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
    nodes.forEach(function (node) { container.appendChild(node); });
  }

  function getJson(path) {
    return fetch(API + path, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) { throw response; }
      return response.json();
    });
  }

  function statusLine(status) {
    return t('after', status.published, status.events) + ' · ' + t(status.provisional ? 'provisional' : 'final');
  }

  function headRow(keys) {
    return el('thead', {}, [el('tr', {}, keys.map(function (key) {
      return el('th', { attrs: { scope: 'col' }, className: key === 'points' ? 'points' : '' }, [t(key)]);
    }))]);
  }

  /* The same markup as the server's first screen (templates/public-page.html). */
  function renderResults(data) {
    document.getElementById('results-status').textContent = statusLine(data.status);
    var events = data.results.slice().sort(function (a, b) { return b.resultNumber - a.resultNumber; });
    var list = document.getElementById('results-list');
    if (!events.length) {
      replace(list, [el('p', { className: 'empty' }, [t('noResults')])]);
      return;
    }
    replace(list, events.map(function (event) {
      var headingId = 'result-' + event.eventId + '-event';
      var number = t('resultNumber', event.resultNumber) + (event.revision > 0 ? ' · ' + t('revision') : '');
      var meta = el('p', { className: 'meta' }, [el('span', {}, [number])]);
      if (event.state === 'UNDER_APPEAL') {
        meta.appendChild(document.createTextNode(' '));
        meta.appendChild(el('strong', { className: 'appeal' }, [t('underAppeal')]));
      }
      var rows = event.places.map(function (place) {
        var team = place.teamCode !== null && place.teamCode !== undefined;
        var name = team ? t('team', place.teamCode) : place.name;
        var detail = team || place.chestNumber === null || place.chestNumber === undefined
          ? '' : t('chestNumber', place.chestNumber);
        return el('tr', { className: 'rank-' + place.rank }, [
          el('td', { className: 'rank' }, [place.rank]),
          el('td', {}, [el('span', { className: 'who' }, [name]), detail ? ' ' : '',
            detail ? el('small', {}, [detail]) : '']),
          el('td', {}, [place.unit, el('br'), el('small', {}, [place.district])]),
          el('td', { className: 'grade' }, [place.grade || ''])
        ]);
      });
      return el('article', { className: 'event', id: 'result-' + event.eventId,
        attrs: { 'aria-labelledby': headingId } }, [
        el('h3', { id: headingId }, [event.event]),
        meta,
        el('table', { className: 'places' }, [
          el('caption', { className: 'visually-hidden' }, [t('placesOf', event.event)]),
          headRow(['place', 'participant', 'unit', 'grade']),
          el('tbody', {}, rows)
        ])
      ]);
    }));
  }

  function renderStandings(sectionId, data, nameKey) {
    var container = document.querySelector('#' + sectionId + ' .body');
    var status = el('p', { className: 'status' }, [statusLine(data.status)]);
    if (!data.rows.length) {
      replace(container, [status, el('p', { className: 'empty' }, [t('noStandings')])]);
      return;
    }
    var rows = data.rows.map(function (row) {
      var made = el('details', {}, [
        el('summary', {}, [row.name]),
        el('ul', {}, row.results.map(function (result) {
          return el('li', {}, [result.event + ': ' + result.name + ' (' + t('place') + ' ' + result.rank
            + (result.grade ? ', ' + t('grade') + ' ' + result.grade : '') + ', ' + result.points + ')']);
        }))
      ]);
      var cells = [el('td', { className: 'rank' }, [row.rank]), el('td', {}, [made])];
      if (nameKey === 'unit') { cells.push(el('td', {}, [row.district])); }
      cells.push(el('td', { className: 'points' }, [row.points]));
      return el('tr', { className: 'rank-' + row.rank }, cells);
    });
    var keys = nameKey === 'unit' ? ['place', 'unit', 'district', 'points'] : ['place', 'district', 'points'];
    replace(container, [status, el('table', {}, [
      el('caption', { className: 'visually-hidden' }, [t(sectionId === 'units' ? 'unitWise' : 'districtWise')]),
      headRow(keys), el('tbody', {}, rows)])]);
  }

  function renderTitles(data) {
    var container = document.querySelector('#titles .body');
    replace(container, [data.kalaprathibha, data.kalathilakam].map(function (title) {
      var key = title.title === 'KALAPRATHIBHA' ? 'kalaprathibha' : 'kalathilakam';
      var holders = title.holders.length
        ? el('ul', {}, title.holders.map(function (holder) {
          return el('li', {}, [el('span', { className: 'who' }, [holder.name]), ' ',
            el('small', {}, [holder.unit + ', ' + holder.district + ' · ' + holder.points + ' ' + t('points')])]);
        }))
        : el('p', { className: 'empty' }, [t('notDecided')]);
      return el('div', {}, [el('h3', {}, [t(key)]), holders]);
    }));
  }

  function today() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date());
  }

  function time(instant) {
    return new Intl.DateTimeFormat(lang === 'ml' ? 'ml-IN' : 'en-IN',
      { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  }

  /* Today's plan when there is one, else the next festival day, else the last. */
  function defaultDay(days) {
    var now = today();
    if (days.indexOf(now) >= 0) { return now; }
    var next = days.filter(function (day) { return day > now; });
    return next.length ? next[0] : days[days.length - 1];
  }

  function renderSchedule(data) {
    var container = document.querySelector('#schedule .body');
    if (!data.published || !data.days.length) {
      replace(container, [el('p', { className: 'empty' }, [t('noSchedule')])]);
      return;
    }
    var days = data.days.map(function (d) { return d.day; })
      .filter(function (day, i, all) { return all.indexOf(day) === i; }).sort();
    if (!chosenDay || days.indexOf(chosenDay) < 0) { chosenDay = defaultDay(days); }
    var select = el('select', { id: 'schedule-day' }, days.map(function (day) {
      return el('option', { value: day, selected: day === chosenDay }, [day]);
    }));
    select.addEventListener('change', function () { chosenDay = select.value; renderSchedule(data); });
    var picker = el('p', { className: 'day-picker' }, [el('label', { htmlFor: 'schedule-day' }, [t('day') + ' ']),
      select]);
    var stages = data.days.filter(function (d) { return d.day === chosenDay; }).map(function (stage) {
      var headingId = 'stage-' + stage.stageId;
      return el('div', {}, [
        el('h3', { id: headingId }, [stage.stageName + (stage.stageLocation ? ' · ' + stage.stageLocation : '')]),
        el('table', { attrs: { 'aria-labelledby': headingId } }, [headRow(['time', 'event', 'status']),
          el('tbody', {}, stage.events.map(function (event) {
            return el('tr', {}, [
              el('td', {}, [time(event.plannedStart) + '–' + time(event.plannedEnd)]),
              el('td', {}, [event.eventName]),
              el('td', { className: 'status-' + event.status }, [t(event.status, event.codeLetter || '')])
            ]);
          }))])
      ]);
    });
    replace(container, [picker].concat(stages));
  }

  function failed(selector) {
    return function () {
      replace(document.querySelector(selector), [el('p', { className: 'error' }, [t('unavailable')])]);
    };
  }

  function refresh(withResults) {
    var loads = [
      getJson('/results/unit-wise').then(function (d) { renderStandings('units', d, 'unit'); },
        failed('#units .body')),
      getJson('/results/district-wise').then(function (d) { renderStandings('districts', d, 'district'); },
        failed('#districts .body')),
      getJson('/kalaprathibha').then(renderTitles, failed('#titles .body')),
      getJson('/schedule').then(renderSchedule, failed('#schedule .body'))
    ];
    if (withResults) {
      loads.push(getJson('/results').then(renderResults, function () { /* the shown results stand */ }));
    }
    return Promise.all(loads).then(function () {
      document.getElementById('updated').textContent = t('updated', new Date().toLocaleTimeString(
        lang === 'ml' ? 'ml-IN' : 'en-IN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }));
      body.setAttribute('data-loaded', String(Number(body.getAttribute('data-loaded') || '0') + 1));
    });
  }

  function find(event) {
    event.preventDefault();
    var answer = document.getElementById('find-answer');
    var value = document.getElementById('find-input').value.trim();
    var query = /^\d+$/.test(value) ? { chestNumber: Number(value) } : { teamCode: value.toUpperCase() };
    if (!value) {
      replace(answer, [el('p', { className: 'error' }, [t('invalid')])]);
      return;
    }
    fetch(API + '/find-participant', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(query)
    }).then(function (response) {
      if (response.ok) { return response.json().then(showParticipant); }
      var key = response.status === 404 ? 'notFound' : response.status === 429 ? 'tooMany'
        : response.status === 400 ? 'invalid' : 'unavailable';
      replace(answer, [el('p', { className: 'error' }, [t(key)])]);
    }, function () {
      replace(answer, [el('p', { className: 'error' }, [t('unavailable')])]);
    });

    function showParticipant(p) {
      var id = p.teamCode ? t('team', p.teamCode) : t('chestNumber', p.chestNumber);
      replace(answer, [el('div', { className: 'answer' }, [
        el('p', {}, [el('span', { className: 'who' }, [p.names.join(', ')]), ' ', el('small', {}, [id])]),
        el('p', {}, [t('unit') + ': ' + p.unit + ' · ' + t('district') + ': ' + p.district]),
        el('p', {}, [t('events') + ': ' + p.events.join(', ')])
      ])]);
    }
  }

  document.getElementById('find-form').addEventListener('submit', find);
  /* The results were just rendered by the server; the big screen reads them again at every refresh. */
  refresh(false);
  if (body.getAttribute('data-big') === 'true') {
    var seconds = Number(body.getAttribute('data-refresh')) || 30;
    setInterval(function () { refresh(true); }, seconds * 1000);
  }
}());
