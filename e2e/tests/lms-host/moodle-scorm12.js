// A SCORM 1.2 API that behaves like Moodle 4.5's player (mod/scorm/datamodels/scorm_12.js), as
// measured in a real Moodle (../../../../shared/guide/peers.md, "Moodle's SCORM 1.2 player"). Written
// for the tests from that behaviour, not copied:
//  - the data model is a tree of JavaScript values and LMSGetValue returns the value itself, the
//    way Moodle's `return eval(element)` does: defaults are strings ("0" for a count nobody
//    wrote), while restored arrays carry their count as a number (`cmi.interactions._count = 22`,
//    written by the server as JavaScript source, see moodle.ts), and a count grows as a number;
//  - a score is stored as a number (`value * 1.0`) after its range check;
//  - an array index may be written below the count (an update) or at it (a new entry); beyond it
//    is error 201; write-only elements answer "" with error 404;
//  - LMSCommit posts the changed elements to datamodel.php with a synchronous request (a beacon
//    while the player window closes, as Chrome refuses synchronous requests then);
//  - LMSFinish turns "not attempted" into "completed", applies a mastery score if the manifest had
//    one, adds session_time into total_time and posts everything;
//  - LMSGetLastError answers the code as a string.
// window.MOODLE_DEF (the stored values) and window.MOODLE_CMIINT (JavaScript source that rebuilds
// the arrays) come from the player page, as Moodle's loaddatamodel.php passes them. Every call is
// logged in window.calls with the type of what it returned.
(function () {
  'use strict';
  var def = window.MOODLE_DEF;
  var STRING = '^[\\u0000-\\uFFFF]{0,255}$';
  var TIMESPAN = '^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,2})?$';
  var DECIMAL = '^-?([0-9]{0,3})(\\.[0-9]*)?$';
  var model = {
    'cmi.core.student_id': { value: def['cmi.core.student_id'], mod: 'r' },
    'cmi.core.student_name': { value: def['cmi.core.student_name'], mod: 'r' },
    'cmi.core.lesson_location': { value: def['cmi.core.lesson_location'], mod: 'rw', format: STRING },
    'cmi.core.credit': { value: def['cmi.core.credit'], mod: 'r' },
    'cmi.core.lesson_status': { value: def['cmi.core.lesson_status'], mod: 'rw', format: '^passed$|^completed$|^failed$|^incomplete$|^browsed$' },
    'cmi.core.entry': { value: def['cmi.core.entry'], mod: 'r' },
    'cmi.core.score.raw': { value: def['cmi.core.score.raw'], mod: 'rw', format: DECIMAL, range: [0, 100] },
    'cmi.core.score.min': { value: def['cmi.core.score.min'], mod: 'rw', format: DECIMAL, range: [0, 100] },
    'cmi.core.score.max': { value: def['cmi.core.score.max'], mod: 'rw', format: DECIMAL, range: [0, 100] },
    'cmi.core.total_time': { value: def['cmi.core.total_time'], mod: 'r' },
    'cmi.core.lesson_mode': { value: def['cmi.core.lesson_mode'], mod: 'r' },
    'cmi.core.exit': { value: def['cmi.core.exit'], mod: 'w', format: '^time-out$|^suspend$|^logout$|^$' },
    'cmi.core.session_time': { value: '00:00:00', mod: 'w', format: TIMESPAN },
    'cmi.suspend_data': { value: def['cmi.suspend_data'], mod: 'rw', format: '^[\\u0000-\\uFFFF]{0,4096}$' },
    'cmi.launch_data': { value: def['cmi.launch_data'], mod: 'r' },
    'cmi.student_data.mastery_score': { value: def['cmi.student_data.mastery_score'], mod: 'r' },
    'cmi.interactions._count': { value: '0', mod: 'r' },
    'cmi.interactions.n.id': { mod: 'w', format: '^[\\u0021-\\u007E]{0,255}$' },
    'cmi.interactions.n.time': { mod: 'w', format: '^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\\.[0-9]{1,2})?$' },
    'cmi.interactions.n.type': { mod: 'w', format: '^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$' },
    'cmi.interactions.n.student_response': { mod: 'w', format: STRING },
    'cmi.interactions.n.result': { mod: 'w', format: '^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\\.[0-9]*)?$' },
    'cmi.interactions.n.latency': { mod: 'w', format: TIMESPAN },
  };
  // The live values, element by element (interactions as `cmi.interactions.N.field`).
  var cmi = {};
  var sent = {};
  Object.keys(model).forEach(function (element) {
    if (element.indexOf('.n.') < 0) cmi[element] = model[element].value === undefined ? '' : model[element].value;
  });
  if (cmi['cmi.core.lesson_status'] === '') cmi['cmi.core.lesson_status'] = 'not attempted';
  // The restored arrays, as Moodle evaluates the source the server wrote.
  new Function('cmi', window.MOODLE_CMIINT)(cmi);
  Object.keys(cmi).forEach(function (element) { sent[element] = cmi[element]; });

  var errorCode = '0';
  var initialized = false;
  var closing = false;
  window.addEventListener('pagehide', function () { closing = true; });
  window.addEventListener('beforeunload', function () { closing = true; });

  function modelOf(element) {
    return String(element).replace(/\.(\d+)\./g, '.n.');
  }

  function post(params) {
    var body = new URLSearchParams(params).toString();
    if (closing && navigator.sendBeacon) {
      navigator.sendBeacon('/mod/scorm/datamodel.php', new Blob([body], { type: 'application/x-www-form-urlencoded' }));
      return 'true';
    }
    try {
      var request = new XMLHttpRequest();
      request.open('POST', '/mod/scorm/datamodel.php', false);
      request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      request.send(body);
      return String(request.responseText).split('\n')[0];
    } catch (e) {
      // A synchronous request refused while some page closes: a beacon still gets through.
      navigator.sendBeacon('/mod/scorm/datamodel.php', new Blob([body], { type: 'application/x-www-form-urlencoded' }));
      return 'true';
    }
  }

  function store(finishing) {
    var params = {};
    Object.keys(cmi).forEach(function (element) {
      var entry = model[element] || model[modelOf(element)];
      if (!entry || entry.mod === 'r' || element === 'cmi.core.session_time') return;
      if (sent[element] === cmi[element] && typeof sent[element] === typeof cmi[element]) return;
      params[element] = String(cmi[element]);
      sent[element] = cmi[element];
    });
    if (finishing) params['cmi.core.total_time'] = addTime(String(cmi['cmi.core.total_time']), String(cmi['cmi.core.session_time']));
    return post(params);
  }

  // Adds two times HH[HH]:MM:SS[.SS], as Moodle adds session_time into total_time.
  function addTime(first, second) {
    function centis(t) {
      var parts = t.split(':');
      var seconds = parts[2].split('.');
      var hundredths = seconds.length > 1 ? parseInt((seconds[1] + '0').slice(0, 2), 10) : 0;
      return ((parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10)) * 60 + parseInt(seconds[0], 10)) * 100 + hundredths;
    }
    var total = centis(first) + centis(second);
    var pad = function (n) { return n < 10 ? '0' + n : String(n); };
    var c = total % 100;
    var s = Math.floor(total / 100);
    return pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60) + (c ? '.' + pad(c) : '');
  }

  var api = {
    LMSInitialize: function (param) {
      if (param !== '') { errorCode = '201'; return 'false'; }
      if (initialized) { errorCode = '101'; return 'false'; }
      initialized = true;
      errorCode = '0';
      return 'true';
    },
    LMSGetValue: function (element) {
      errorCode = '0';
      if (!initialized) { errorCode = '301'; return ''; }
      var entry = model[modelOf(element)];
      if (!entry) { errorCode = /\._count$/.test(element) ? '203' : '201'; return ''; }
      if (entry.mod === 'w') { errorCode = '404'; return ''; }
      return element in cmi ? cmi[element] : '';
    },
    LMSSetValue: function (element, value) {
      errorCode = '0';
      if (!initialized) { errorCode = '301'; return 'false'; }
      var entry = model[modelOf(element)];
      if (!entry) { errorCode = '201'; return 'false'; }
      if (entry.mod === 'r') { errorCode = '403'; return 'false'; }
      value = value + '';
      if (!new RegExp(entry.format).test(value)) { errorCode = '405'; return 'false'; }
      var index = /^cmi\.interactions\.(\d+)\./.exec(element);
      if (index) {
        var n = Number(index[1]);
        var count = cmi['cmi.interactions._count'];
        // "0" == 0 in JavaScript: a count nobody wrote is the string "0", and grows as a number.
        if (n == count) cmi['cmi.interactions._count'] = Number(count) + 1;
        else if (n > count) { errorCode = '201'; return 'false'; }
      }
      if (entry.range) {
        var number = value * 1.0;
        if (!(number >= entry.range[0] && number <= entry.range[1])) { errorCode = '405'; return 'false'; }
        cmi[element] = number;
      } else {
        cmi[element] = value;
      }
      return 'true';
    },
    LMSCommit: function (param) {
      if (param !== '') { errorCode = '201'; return 'false'; }
      if (!initialized) { errorCode = '301'; return 'false'; }
      var result = store(false) === 'true' ? 'true' : 'false';
      errorCode = result === 'true' ? '0' : '101';
      return result;
    },
    LMSFinish: function (param) {
      if (param !== '') { errorCode = '201'; return 'false'; }
      if (!initialized) { errorCode = '301'; return 'false'; }
      initialized = false;
      if (cmi['cmi.core.lesson_status'] === 'not attempted') cmi['cmi.core.lesson_status'] = 'completed';
      var mastery = cmi['cmi.student_data.mastery_score'];
      if (cmi['cmi.core.lesson_mode'] === 'normal' && cmi['cmi.core.credit'] === 'credit' && mastery !== '' && cmi['cmi.core.score.raw'] !== '') {
        cmi['cmi.core.lesson_status'] = parseFloat(cmi['cmi.core.score.raw']) >= parseFloat(mastery) ? 'passed' : 'failed';
      }
      var result = store(true) === 'true' ? 'true' : 'false';
      errorCode = result === 'true' ? '0' : '101';
      return result;
    },
    LMSGetLastError: function () { return errorCode; },
    LMSGetErrorString: function (code) { return code === '0' ? 'No error' : code ? 'Error ' + code : ''; },
    LMSGetDiagnostic: function (code) { return code === '' ? errorCode : code; },
  };

  var calls = (window.calls = []);
  window.API = {};
  Object.keys(api).forEach(function (name) {
    window.API[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = api[name].apply(null, args);
      calls.push({ name: name, args: args, result: result, type: typeof result });
      return result;
    };
  });
})();
