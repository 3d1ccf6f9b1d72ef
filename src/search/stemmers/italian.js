// Snowball's italian stemmer (BSD-3-Clause: Martin Porter, Richard Boulton), from npm
// snowball-stemmers 0.6.0 (ISC, BSD-3-Clause: Oleg Mazko); cairn's src/search/stemmers/LICENSE.
(function () {
"use strict";
var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function (obj) { return typeof obj; } : function (obj) { return obj && typeof Symbol === "function" && obj.constructor === Symbol ? "symbol" : typeof obj; };
function _possibleConstructorReturn(self, call) {
if (!self) {
throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
}
return call && ((typeof call === 'undefined' ? 'undefined' : _typeof(call)) === "object" || typeof call === "function") ? call : self;
}
function _inherits(subClass, superClass) {
if (typeof superClass !== "function" && superClass !== null) {
throw new TypeError("Super expression must either be null or a function, not " + (typeof superClass === 'undefined' ? 'undefined' : _typeof(superClass)));
}
subClass.prototype = Object.create(superClass && superClass.prototype, {
constructor: {
value: subClass,
enumerable: false,
writable: true,
configurable: true
}
});
if (superClass) Object.setPrototypeOf ? Object.setPrototypeOf(subClass, superClass) : subClass.__proto__ = superClass;
}
function _classCallCheck(instance, Constructor) {
if (!(instance instanceof Constructor)) {
throw new TypeError("Cannot call a class as a function");
}
}
var _createClass = function () {
function defineProperties(target, props) {
for (var i = 0; i < props.length; i++) {
var descriptor = props[i];
descriptor.enumerable = descriptor.enumerable || false;
descriptor.configurable = true;
if ("value" in descriptor) descriptor.writable = true;
Object.defineProperty(target, descriptor.key, descriptor);
}
}
return function (Constructor, protoProps, staticProps) {
if (protoProps) defineProperties(Constructor.prototype, protoProps);
if (staticProps) defineProperties(Constructor, staticProps);
return Constructor;
};
}();
var _get = function get(object, property, receiver) {
if (object === null) object = Function.prototype;
var desc = Object.getOwnPropertyDescriptor(object, property);
if (desc === undefined) {
var parent = Object.getPrototypeOf(object);
if (parent === null) {
return undefined;
} else {
return get(parent, property, receiver);
}
} else if ("value" in desc) {
return desc.value;
} else {
var getter = desc.get;
if (getter === undefined) {
return undefined;
}
return getter.call(receiver);
}
};
var StringBuffer = function () {
function StringBuffer() {
_classCallCheck(this, StringBuffer);
}
_createClass(StringBuffer, [{
key: 'length$esjava$0',
value: function length$esjava$0() {
return this.b.length;
}
}, {
key: 'replace$esjava$3',
value: function replace$esjava$3(start, end, str) {
if (start === 0 && end === this.b.length) {
this.b = str;
} else {
var left = this.b.substring(0, start),
right = this.b.substring(end);
this.b = left + str + right;
}
}
}, {
key: 'substring$esjava$2',
value: function substring$esjava$2(start, end) {
return this.b.substring(start, end);
}
}, {
key: 'charAt$esjava$1',
value: function charAt$esjava$1(index) {
return this.b.charCodeAt(index);
}
}, {
key: 'subSequence$esjava$2',
value: function subSequence$esjava$2(start, end) {
throw new Error("NotImpl: CharSequence::subSequence");
}
}, {
key: 'toString$esjava$0',
value: function toString$esjava$0() {
return this.b;
}
}, {
key: 'length',
value: function length() {
var _get2;
for (var _len = arguments.length, args = Array(_len), _key = 0; _key < _len; _key++) {
args[_key] = arguments[_key];
}
switch (args.length) {
case 0:
return this.length$esjava$0.apply(this, args);
}
return (_get2 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'length', this)).call.apply(_get2, [this].concat(args));
}
}, {
key: 'replace',
value: function replace() {
var _get3;
for (var _len2 = arguments.length, args = Array(_len2), _key2 = 0; _key2 < _len2; _key2++) {
args[_key2] = arguments[_key2];
}
switch (args.length) {
case 3:
return this.replace$esjava$3.apply(this, args);
}
return (_get3 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'replace', this)).call.apply(_get3, [this].concat(args));
}
}, {
key: 'substring',
value: function substring() {
var _get4;
for (var _len3 = arguments.length, args = Array(_len3), _key3 = 0; _key3 < _len3; _key3++) {
args[_key3] = arguments[_key3];
}
switch (args.length) {
case 2:
return this.substring$esjava$2.apply(this, args);
}
return (_get4 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'substring', this)).call.apply(_get4, [this].concat(args));
}
}, {
key: 'charAt',
value: function charAt() {
var _get5;
for (var _len4 = arguments.length, args = Array(_len4), _key4 = 0; _key4 < _len4; _key4++) {
args[_key4] = arguments[_key4];
}
switch (args.length) {
case 1:
return this.charAt$esjava$1.apply(this, args);
}
return (_get5 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'charAt', this)).call.apply(_get5, [this].concat(args));
}
}, {
key: 'subSequence',
value: function subSequence() {
var _get6;
for (var _len5 = arguments.length, args = Array(_len5), _key5 = 0; _key5 < _len5; _key5++) {
args[_key5] = arguments[_key5];
}
switch (args.length) {
case 2:
return this.subSequence$esjava$2.apply(this, args);
}
return (_get6 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'subSequence', this)).call.apply(_get6, [this].concat(args));
}
}, {
key: 'toString',
value: function toString() {
var _get7;
for (var _len6 = arguments.length, args = Array(_len6), _key6 = 0; _key6 < _len6; _key6++) {
args[_key6] = arguments[_key6];
}
switch (args.length) {
case 0:
return this.toString$esjava$0.apply(this, args);
}
return (_get7 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'toString', this)).call.apply(_get7, [this].concat(args));
}
}, {
key: 'b',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$b') ? this._$esjava$b : this._$esjava$b = "";
},
set: function set(v) {
this._$esjava$b = v;
}
}]);
return StringBuffer;
}();
var StringBuilder = function (_StringBuffer) {
_inherits(StringBuilder, _StringBuffer);
function StringBuilder() {
_classCallCheck(this, StringBuilder);
return _possibleConstructorReturn(this, Object.getPrototypeOf(StringBuilder).apply(this, arguments));
}
return StringBuilder;
}(StringBuffer);
var Among = function () {
_createClass(Among, null, [{
key: 'toCharArray$esjava$1',
value: function toCharArray$esjava$1(s) {
var sLength = s.length;
var charArr = new Array(sLength);
for (var i = 0; i < sLength; i++) {
charArr[i] = s.charCodeAt(i);
}
return charArr;
}
}]);
function Among(s, substring_i, result, methodname, obj) {
_classCallCheck(this, Among);
this.s = Among.toCharArray$esjava$1(s);
this.substring_i = substring_i;
this.result = result;
this.method = methodname ? obj[methodname] : null;
this.methodobject = obj;
}
_createClass(Among, [{
key: 's',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$s') ? this._$esjava$s : this._$esjava$s = null;
},
set: function set(v) {
this._$esjava$s = v;
}
}, {
key: 'substring_i',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$substring_i') ? this._$esjava$substring_i : this._$esjava$substring_i = 0;
},
set: function set(v) {
this._$esjava$substring_i = v;
}
}, {
key: 'result',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$result') ? this._$esjava$result : this._$esjava$result = 0;
},
set: function set(v) {
this._$esjava$result = v;
}
}, {
key: 'method',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$method') ? this._$esjava$method : this._$esjava$method = null;
},
set: function set(v) {
this._$esjava$method = v;
}
}, {
key: 'methodobject',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$methodobject') ? this._$esjava$methodobject : this._$esjava$methodobject = null;
},
set: function set(v) {
this._$esjava$methodobject = v;
}
}]);
return Among;
}();
var SnowballProgram = function () {
function SnowballProgram() {
_classCallCheck(this, SnowballProgram);
this.current = new StringBuffer();
this.setCurrent$esjava$1("");
}
_createClass(SnowballProgram, [{
key: 'setCurrent$esjava$1',
value: function setCurrent$esjava$1(value) {
this.current.replace(0, this.current.length(), value);
this.cursor = 0;
this.limit = this.current.length();
this.limit_backward = 0;
this.bra = this.cursor;
this.ket = this.limit;
}
}, {
key: 'getCurrent$esjava$0',
value: function getCurrent$esjava$0() {
var result = this.current.toString();
this.current = new StringBuffer();
return result;
}
}, {
key: 'in_grouping$esjava$3',
value: function in_grouping$esjava$3(s, min, max) {
if (this.cursor >= this.limit) return false;
var ch = this.current.charAt(this.cursor);
if (ch > max || ch < min) return false;
ch -= min;
if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) return false;
this.cursor++;
return true;
}
}, {
key: 'in_grouping_b$esjava$3',
value: function in_grouping_b$esjava$3(s, min, max) {
if (this.cursor <= this.limit_backward) return false;
var ch = this.current.charAt(this.cursor - 1);
if (ch > max || ch < min) return false;
ch -= min;
if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) return false;
this.cursor--;
return true;
}
}, {
key: 'out_grouping$esjava$3',
value: function out_grouping$esjava$3(s, min, max) {
if (this.cursor >= this.limit) return false;
var ch = this.current.charAt(this.cursor);
if (ch > max || ch < min) {
this.cursor++;
return true;
}
ch -= min;
if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) {
this.cursor++;
return true;
}
return false;
}
}, {
key: 'out_grouping_b$esjava$3',
value: function out_grouping_b$esjava$3(s, min, max) {
if (this.cursor <= this.limit_backward) return false;
var ch = this.current.charAt(this.cursor - 1);
if (ch > max || ch < min) {
this.cursor--;
return true;
}
ch -= min;
if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) {
this.cursor--;
return true;
}
return false;
}
}, {
key: 'eq_s$esjava$1',
value: function eq_s$esjava$1(s) {
if (this.limit - this.cursor < s.length) return false;
var i = undefined;
for (i = 0; i !== s.length; i++) {
if (this.current.charAt(this.cursor + i) !== s.charCodeAt(i)) return false;
}
this.cursor += s.length;
return true;
}
}, {
key: 'eq_s_b$esjava$1',
value: function eq_s_b$esjava$1(s) {
if (this.cursor - this.limit_backward < s.length) return false;
var i = undefined;
for (i = 0; i !== s.length; i++) {
if (this.current.charAt(this.cursor - s.length + i) !== s.charCodeAt(i)) return false;
}
this.cursor -= s.length;
return true;
}
}, {
key: 'find_among$esjava$1',
value: function find_among$esjava$1(v) {
var i = 0;
var j = v.length;
var c = this.cursor;
var l = this.limit;
var common_i = 0;
var common_j = 0;
var first_key_inspected = false;
while (true) {
var k = i + (j - i >> 1);
var diff = 0;
var common = common_i < common_j ? common_i : common_j;
var w = v[k];
var i2 = undefined;
for (i2 = common; i2 < w.s.length; i2++) {
if (c + common === l) {
diff = -1;
break;
}
diff = this.current.charAt(c + common) - w.s[i2];
if (diff !== 0) break;
common++;
}
if (diff < 0) {
j = k;
common_j = common;
} else {
i = k;
common_i = common;
}
if (j - i <= 1) {
if (i > 0) break;
if (j === i) break;
if (first_key_inspected) break;
first_key_inspected = true;
}
}
while (true) {
var w = v[i];
if (common_i >= w.s.length) {
this.cursor = c + w.s.length;
if (w.method === null) return w.result;
var res = undefined;
res = w.method.call(w.methodobject);
this.cursor = c + w.s.length;
if (res) return w.result;
}
i = w.substring_i;
if (i < 0) return 0;
}
}
}, {
key: 'find_among_b$esjava$1',
value: function find_among_b$esjava$1(v) {
var i = 0;
var j = v.length;
var c = this.cursor;
var lb = this.limit_backward;
var common_i = 0;
var common_j = 0;
var first_key_inspected = false;
while (true) {
var k = i + (j - i >> 1);
var diff = 0;
var common = common_i < common_j ? common_i : common_j;
var w = v[k];
var i2 = undefined;
for (i2 = w.s.length - 1 - common; i2 >= 0; i2--) {
if (c - common === lb) {
diff = -1;
break;
}
diff = this.current.charAt(c - 1 - common) - w.s[i2];
if (diff !== 0) break;
common++;
}
if (diff < 0) {
j = k;
common_j = common;
} else {
i = k;
common_i = common;
}
if (j - i <= 1) {
if (i > 0) break;
if (j === i) break;
if (first_key_inspected) break;
first_key_inspected = true;
}
}
while (true) {
var w = v[i];
if (common_i >= w.s.length) {
this.cursor = c - w.s.length;
if (w.method === null) return w.result;
var res = undefined;
res = w.method.call(w.methodobject);
this.cursor = c - w.s.length;
if (res) return w.result;
}
i = w.substring_i;
if (i < 0) return 0;
}
}
}, {
key: 'replace_s$esjava$3',
value: function replace_s$esjava$3(c_bra, c_ket, s) {
var adjustment = s.length - (c_ket - c_bra);
this.current.replace(c_bra, c_ket, s);
this.limit += adjustment;
if (this.cursor >= c_ket) this.cursor += adjustment;else if (this.cursor > c_bra) this.cursor = c_bra;
return adjustment;
}
}, {
key: 'slice_check$esjava$0',
value: function slice_check$esjava$0() {
if (this.bra < 0 || this.bra > this.ket || this.ket > this.limit || this.limit > this.current.length()) {
throw new Error("Snowball: faulty slice operation");
}
}
}, {
key: 'slice_from$esjava$1',
value: function slice_from$esjava$1(s) {
this.slice_check$esjava$0();
this.replace_s$esjava$3(this.bra, this.ket, s);
}
}, {
key: 'slice_del$esjava$0',
value: function slice_del$esjava$0() {
this.slice_from$esjava$1("");
}
}, {
key: 'insert$esjava$3',
value: function insert$esjava$3(c_bra, c_ket, s) {
var adjustment = this.replace_s$esjava$3(c_bra, c_ket, s);
if (c_bra <= this.bra) this.bra += adjustment;
if (c_bra <= this.ket) this.ket += adjustment;
}
}, {
key: 'slice_to$esjava$1',
value: function slice_to$esjava$1(s) {
this.slice_check$esjava$0();
s.replace(0, s.length(), this.current.substring(this.bra, this.ket));
return s;
}
}, {
key: 'setCurrent',
value: function setCurrent() {
var _get8;
for (var _len7 = arguments.length, args = Array(_len7), _key7 = 0; _key7 < _len7; _key7++) {
args[_key7] = arguments[_key7];
}
switch (args.length) {
case 1:
return this.setCurrent$esjava$1.apply(this, args);
}
return (_get8 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'setCurrent', this)).call.apply(_get8, [this].concat(args));
}
}, {
key: 'getCurrent',
value: function getCurrent() {
var _get9;
for (var _len8 = arguments.length, args = Array(_len8), _key8 = 0; _key8 < _len8; _key8++) {
args[_key8] = arguments[_key8];
}
switch (args.length) {
case 0:
return this.getCurrent$esjava$0.apply(this, args);
}
return (_get9 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'getCurrent', this)).call.apply(_get9, [this].concat(args));
}
}, {
key: 'in_grouping',
value: function in_grouping() {
var _get10;
for (var _len9 = arguments.length, args = Array(_len9), _key9 = 0; _key9 < _len9; _key9++) {
args[_key9] = arguments[_key9];
}
switch (args.length) {
case 3:
return this.in_grouping$esjava$3.apply(this, args);
}
return (_get10 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'in_grouping', this)).call.apply(_get10, [this].concat(args));
}
}, {
key: 'in_grouping_b',
value: function in_grouping_b() {
var _get11;
for (var _len10 = arguments.length, args = Array(_len10), _key10 = 0; _key10 < _len10; _key10++) {
args[_key10] = arguments[_key10];
}
switch (args.length) {
case 3:
return this.in_grouping_b$esjava$3.apply(this, args);
}
return (_get11 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'in_grouping_b', this)).call.apply(_get11, [this].concat(args));
}
}, {
key: 'out_grouping',
value: function out_grouping() {
var _get12;
for (var _len11 = arguments.length, args = Array(_len11), _key11 = 0; _key11 < _len11; _key11++) {
args[_key11] = arguments[_key11];
}
switch (args.length) {
case 3:
return this.out_grouping$esjava$3.apply(this, args);
}
return (_get12 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'out_grouping', this)).call.apply(_get12, [this].concat(args));
}
}, {
key: 'out_grouping_b',
value: function out_grouping_b() {
var _get13;
for (var _len12 = arguments.length, args = Array(_len12), _key12 = 0; _key12 < _len12; _key12++) {
args[_key12] = arguments[_key12];
}
switch (args.length) {
case 3:
return this.out_grouping_b$esjava$3.apply(this, args);
}
return (_get13 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'out_grouping_b', this)).call.apply(_get13, [this].concat(args));
}
}, {
key: 'eq_s',
value: function eq_s() {
var _get14;
for (var _len13 = arguments.length, args = Array(_len13), _key13 = 0; _key13 < _len13; _key13++) {
args[_key13] = arguments[_key13];
}
switch (args.length) {
case 1:
return this.eq_s$esjava$1.apply(this, args);
}
return (_get14 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'eq_s', this)).call.apply(_get14, [this].concat(args));
}
}, {
key: 'eq_s_b',
value: function eq_s_b() {
var _get15;
for (var _len14 = arguments.length, args = Array(_len14), _key14 = 0; _key14 < _len14; _key14++) {
args[_key14] = arguments[_key14];
}
switch (args.length) {
case 1:
return this.eq_s_b$esjava$1.apply(this, args);
}
return (_get15 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'eq_s_b', this)).call.apply(_get15, [this].concat(args));
}
}, {
key: 'find_among',
value: function find_among() {
var _get16;
for (var _len15 = arguments.length, args = Array(_len15), _key15 = 0; _key15 < _len15; _key15++) {
args[_key15] = arguments[_key15];
}
switch (args.length) {
case 1:
return this.find_among$esjava$1.apply(this, args);
}
return (_get16 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'find_among', this)).call.apply(_get16, [this].concat(args));
}
}, {
key: 'find_among_b',
value: function find_among_b() {
var _get17;
for (var _len16 = arguments.length, args = Array(_len16), _key16 = 0; _key16 < _len16; _key16++) {
args[_key16] = arguments[_key16];
}
switch (args.length) {
case 1:
return this.find_among_b$esjava$1.apply(this, args);
}
return (_get17 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'find_among_b', this)).call.apply(_get17, [this].concat(args));
}
}, {
key: 'replace_s',
value: function replace_s() {
var _get18;
for (var _len17 = arguments.length, args = Array(_len17), _key17 = 0; _key17 < _len17; _key17++) {
args[_key17] = arguments[_key17];
}
switch (args.length) {
case 3:
return this.replace_s$esjava$3.apply(this, args);
}
return (_get18 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'replace_s', this)).call.apply(_get18, [this].concat(args));
}
}, {
key: 'slice_check',
value: function slice_check() {
var _get19;
for (var _len18 = arguments.length, args = Array(_len18), _key18 = 0; _key18 < _len18; _key18++) {
args[_key18] = arguments[_key18];
}
switch (args.length) {
case 0:
return this.slice_check$esjava$0.apply(this, args);
}
return (_get19 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_check', this)).call.apply(_get19, [this].concat(args));
}
}, {
key: 'slice_from',
value: function slice_from() {
var _get20;
for (var _len19 = arguments.length, args = Array(_len19), _key19 = 0; _key19 < _len19; _key19++) {
args[_key19] = arguments[_key19];
}
switch (args.length) {
case 1:
return this.slice_from$esjava$1.apply(this, args);
}
return (_get20 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_from', this)).call.apply(_get20, [this].concat(args));
}
}, {
key: 'slice_del',
value: function slice_del() {
var _get21;
for (var _len20 = arguments.length, args = Array(_len20), _key20 = 0; _key20 < _len20; _key20++) {
args[_key20] = arguments[_key20];
}
switch (args.length) {
case 0:
return this.slice_del$esjava$0.apply(this, args);
}
return (_get21 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_del', this)).call.apply(_get21, [this].concat(args));
}
}, {
key: 'insert',
value: function insert() {
var _get22;
for (var _len21 = arguments.length, args = Array(_len21), _key21 = 0; _key21 < _len21; _key21++) {
args[_key21] = arguments[_key21];
}
switch (args.length) {
case 3:
return this.insert$esjava$3.apply(this, args);
}
return (_get22 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'insert', this)).call.apply(_get22, [this].concat(args));
}
}, {
key: 'slice_to',
value: function slice_to() {
var _get23;
for (var _len22 = arguments.length, args = Array(_len22), _key22 = 0; _key22 < _len22; _key22++) {
args[_key22] = arguments[_key22];
}
switch (args.length) {
case 1:
return this.slice_to$esjava$1.apply(this, args);
}
return (_get23 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_to', this)).call.apply(_get23, [this].concat(args));
}
}, {
key: 'current',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$current') ? this._$esjava$current : this._$esjava$current = null;
},
set: function set(v) {
this._$esjava$current = v;
}
}, {
key: 'cursor',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$cursor') ? this._$esjava$cursor : this._$esjava$cursor = 0;
},
set: function set(v) {
this._$esjava$cursor = v;
}
}, {
key: 'limit',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$limit') ? this._$esjava$limit : this._$esjava$limit = 0;
},
set: function set(v) {
this._$esjava$limit = v;
}
}, {
key: 'limit_backward',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$limit_backward') ? this._$esjava$limit_backward : this._$esjava$limit_backward = 0;
},
set: function set(v) {
this._$esjava$limit_backward = v;
}
}, {
key: 'bra',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$bra') ? this._$esjava$bra : this._$esjava$bra = 0;
},
set: function set(v) {
this._$esjava$bra = v;
}
}, {
key: 'ket',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$ket') ? this._$esjava$ket : this._$esjava$ket = 0;
},
set: function set(v) {
this._$esjava$ket = v;
}
}]);
return SnowballProgram;
}();
var SnowballStemmer = function (_SnowballProgram) {
_inherits(SnowballStemmer, _SnowballProgram);
function SnowballStemmer() {
_classCallCheck(this, SnowballStemmer);
return _possibleConstructorReturn(this, Object.getPrototypeOf(SnowballStemmer).apply(this, arguments));
}
_createClass(SnowballStemmer, [{
key: 'stem$esjava$0',
value: function stem$esjava$0() {
throw 'NotImpl < stem$esjava$0 >';
}
}, {
key: 'stem',
value: function stem() {
var _get24;
for (var _len23 = arguments.length, args = Array(_len23), _key23 = 0; _key23 < _len23; _key23++) {
args[_key23] = arguments[_key23];
}
switch (args.length) {
case 0:
return this.stem$esjava$0.apply(this, args);
}
return (_get24 = _get(Object.getPrototypeOf(SnowballStemmer.prototype), 'stem', this)).call.apply(_get24, [this].concat(args));
}
}]);
return SnowballStemmer;
}(SnowballProgram);
var italianStemmer = function (_SnowballStemmer14) {
_inherits(italianStemmer, _SnowballStemmer14);
function italianStemmer() {
_classCallCheck(this, italianStemmer);
return _possibleConstructorReturn(this, Object.getPrototypeOf(italianStemmer).apply(this, arguments));
}
_createClass(italianStemmer, [{
key: 'r_prelude$esjava$0',
value: function r_prelude$esjava$0() {
var among_var = undefined;
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
v_1 = this.cursor;
replab0: while (true) {
v_2 = this.cursor;
lab1: do {
this.bra = this.cursor;
among_var = this.find_among$esjava$1(italianStemmer.a_0);
if (among_var === 0) {
break lab1;
}
this.ket = this.cursor;
switch (among_var) {
case 0:
break lab1;
case 1:
this.slice_from$esjava$1('\u00E0');
break;
case 2:
this.slice_from$esjava$1('\u00E8');
break;
case 3:
this.slice_from$esjava$1('\u00EC');
break;
case 4:
this.slice_from$esjava$1('\u00F2');
break;
case 5:
this.slice_from$esjava$1('\u00F9');
break;
case 6:
this.slice_from$esjava$1("qU");
break;
case 7:
if (this.cursor >= this.limit) {
break lab1;
}
this.cursor++;
break;
}
continue replab0;
} while (false);
this.cursor = v_2;
break replab0;
}
this.cursor = v_1;
replab2: while (true) {
v_3 = this.cursor;
lab3: do {
golab4: while (true) {
v_4 = this.cursor;
lab5: do {
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab5;
}
this.bra = this.cursor;
lab6: do {
v_5 = this.cursor;
lab7: do {
if (!this.eq_s$esjava$1("u")) {
break lab7;
}
this.ket = this.cursor;
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab7;
}
this.slice_from$esjava$1("U");
break lab6;
} while (false);
this.cursor = v_5;
if (!this.eq_s$esjava$1("i")) {
break lab5;
}
this.ket = this.cursor;
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab5;
}
this.slice_from$esjava$1("I");
} while (false);
this.cursor = v_4;
break golab4;
} while (false);
this.cursor = v_4;
if (this.cursor >= this.limit) {
break lab3;
}
this.cursor++;
}
continue replab2;
} while (false);
this.cursor = v_3;
break replab2;
}
return true;
}
}, {
key: 'r_mark_regions$esjava$0',
value: function r_mark_regions$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_6 = undefined;
var v_8 = undefined;
this.I_pV = this.limit;
this.I_p1 = this.limit;
this.I_p2 = this.limit;
v_1 = this.cursor;
lab0: do {
lab1: do {
v_2 = this.cursor;
lab2: do {
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab2;
}
lab3: do {
v_3 = this.cursor;
lab4: do {
if (!this.out_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab4;
}
golab5: while (true) {
lab6: do {
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab6;
}
break golab5;
} while (false);
if (this.cursor >= this.limit) {
break lab4;
}
this.cursor++;
}
break lab3;
} while (false);
this.cursor = v_3;
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab2;
}
golab7: while (true) {
lab8: do {
if (!this.out_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab8;
}
break golab7;
} while (false);
if (this.cursor >= this.limit) {
break lab2;
}
this.cursor++;
}
} while (false);
break lab1;
} while (false);
this.cursor = v_2;
if (!this.out_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab0;
}
lab9: do {
v_6 = this.cursor;
lab10: do {
if (!this.out_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab10;
}
golab11: while (true) {
lab12: do {
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab12;
}
break golab11;
} while (false);
if (this.cursor >= this.limit) {
break lab10;
}
this.cursor++;
}
break lab9;
} while (false);
this.cursor = v_6;
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab0;
}
if (this.cursor >= this.limit) {
break lab0;
}
this.cursor++;
} while (false);
} while (false);
this.I_pV = this.cursor;
} while (false);
this.cursor = v_1;
v_8 = this.cursor;
lab13: do {
golab14: while (true) {
lab15: do {
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab15;
}
break golab14;
} while (false);
if (this.cursor >= this.limit) {
break lab13;
}
this.cursor++;
}
golab16: while (true) {
lab17: do {
if (!this.out_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab17;
}
break golab16;
} while (false);
if (this.cursor >= this.limit) {
break lab13;
}
this.cursor++;
}
this.I_p1 = this.cursor;
golab18: while (true) {
lab19: do {
if (!this.in_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab19;
}
break golab18;
} while (false);
if (this.cursor >= this.limit) {
break lab13;
}
this.cursor++;
}
golab20: while (true) {
lab21: do {
if (!this.out_grouping$esjava$3(italianStemmer.g_v, 97, 249)) {
break lab21;
}
break golab20;
} while (false);
if (this.cursor >= this.limit) {
break lab13;
}
this.cursor++;
}
this.I_p2 = this.cursor;
} while (false);
this.cursor = v_8;
return true;
}
}, {
key: 'r_postlude$esjava$0',
value: function r_postlude$esjava$0() {
var among_var = undefined;
var v_1 = undefined;
replab0: while (true) {
v_1 = this.cursor;
lab1: do {
this.bra = this.cursor;
among_var = this.find_among$esjava$1(italianStemmer.a_1);
if (among_var === 0) {
break lab1;
}
this.ket = this.cursor;
switch (among_var) {
case 0:
break lab1;
case 1:
this.slice_from$esjava$1("i");
break;
case 2:
this.slice_from$esjava$1("u");
break;
case 3:
if (this.cursor >= this.limit) {
break lab1;
}
this.cursor++;
break;
}
continue replab0;
} while (false);
this.cursor = v_1;
break replab0;
}
return true;
}
}, {
key: 'r_RV$esjava$0',
value: function r_RV$esjava$0() {
if (!(this.I_pV <= this.cursor)) {
return false;
}
return true;
}
}, {
key: 'r_R1$esjava$0',
value: function r_R1$esjava$0() {
if (!(this.I_p1 <= this.cursor)) {
return false;
}
return true;
}
}, {
key: 'r_R2$esjava$0',
value: function r_R2$esjava$0() {
if (!(this.I_p2 <= this.cursor)) {
return false;
}
return true;
}
}, {
key: 'r_attached_pronoun$esjava$0',
value: function r_attached_pronoun$esjava$0() {
var among_var = undefined;
this.ket = this.cursor;
if (this.find_among_b$esjava$1(italianStemmer.a_2) === 0) {
return false;
}
this.bra = this.cursor;
among_var = this.find_among_b$esjava$1(italianStemmer.a_3);
if (among_var === 0) {
return false;
}
if (!this.r_RV$esjava$0()) {
return false;
}
switch (among_var) {
case 0:
return false;
case 1:
this.slice_del$esjava$0();
break;
case 2:
this.slice_from$esjava$1("e");
break;
}
return true;
}
}, {
key: 'r_standard_suffix$esjava$0',
value: function r_standard_suffix$esjava$0() {
var among_var = undefined;
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
this.ket = this.cursor;
among_var = this.find_among_b$esjava$1(italianStemmer.a_6);
if (among_var === 0) {
return false;
}
this.bra = this.cursor;
switch (among_var) {
case 0:
return false;
case 1:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_del$esjava$0();
break;
case 2:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_del$esjava$0();
v_1 = this.limit - this.cursor;
lab0: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1("ic")) {
this.cursor = this.limit - v_1;
break lab0;
}
this.bra = this.cursor;
if (!this.r_R2$esjava$0()) {
this.cursor = this.limit - v_1;
break lab0;
}
this.slice_del$esjava$0();
} while (false);
break;
case 3:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_from$esjava$1("log");
break;
case 4:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_from$esjava$1("u");
break;
case 5:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_from$esjava$1("ente");
break;
case 6:
if (!this.r_RV$esjava$0()) {
return false;
}
this.slice_del$esjava$0();
break;
case 7:
if (!this.r_R1$esjava$0()) {
return false;
}
this.slice_del$esjava$0();
v_2 = this.limit - this.cursor;
lab1: do {
this.ket = this.cursor;
among_var = this.find_among_b$esjava$1(italianStemmer.a_4);
if (among_var === 0) {
this.cursor = this.limit - v_2;
break lab1;
}
this.bra = this.cursor;
if (!this.r_R2$esjava$0()) {
this.cursor = this.limit - v_2;
break lab1;
}
this.slice_del$esjava$0();
switch (among_var) {
case 0:
this.cursor = this.limit - v_2;
break lab1;
case 1:
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1("at")) {
this.cursor = this.limit - v_2;
break lab1;
}
this.bra = this.cursor;
if (!this.r_R2$esjava$0()) {
this.cursor = this.limit - v_2;
break lab1;
}
this.slice_del$esjava$0();
break;
}
} while (false);
break;
case 8:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_del$esjava$0();
v_3 = this.limit - this.cursor;
lab2: do {
this.ket = this.cursor;
among_var = this.find_among_b$esjava$1(italianStemmer.a_5);
if (among_var === 0) {
this.cursor = this.limit - v_3;
break lab2;
}
this.bra = this.cursor;
switch (among_var) {
case 0:
this.cursor = this.limit - v_3;
break lab2;
case 1:
if (!this.r_R2$esjava$0()) {
this.cursor = this.limit - v_3;
break lab2;
}
this.slice_del$esjava$0();
break;
}
} while (false);
break;
case 9:
if (!this.r_R2$esjava$0()) {
return false;
}
this.slice_del$esjava$0();
v_4 = this.limit - this.cursor;
lab3: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1("at")) {
this.cursor = this.limit - v_4;
break lab3;
}
this.bra = this.cursor;
if (!this.r_R2$esjava$0()) {
this.cursor = this.limit - v_4;
break lab3;
}
this.slice_del$esjava$0();
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1("ic")) {
this.cursor = this.limit - v_4;
break lab3;
}
this.bra = this.cursor;
if (!this.r_R2$esjava$0()) {
this.cursor = this.limit - v_4;
break lab3;
}
this.slice_del$esjava$0();
} while (false);
break;
}
return true;
}
}, {
key: 'r_verb_suffix$esjava$0',
value: function r_verb_suffix$esjava$0() {
var among_var = undefined;
var v_1 = undefined;
var v_2 = undefined;
v_1 = this.limit - this.cursor;
if (this.cursor < this.I_pV) {
return false;
}
this.cursor = this.I_pV;
v_2 = this.limit_backward;
this.limit_backward = this.cursor;
this.cursor = this.limit - v_1;
this.ket = this.cursor;
among_var = this.find_among_b$esjava$1(italianStemmer.a_7);
if (among_var === 0) {
this.limit_backward = v_2;
return false;
}
this.bra = this.cursor;
switch (among_var) {
case 0:
this.limit_backward = v_2;
return false;
case 1:
this.slice_del$esjava$0();
break;
}
this.limit_backward = v_2;
return true;
}
}, {
key: 'r_vowel_suffix$esjava$0',
value: function r_vowel_suffix$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
v_1 = this.limit - this.cursor;
lab0: do {
this.ket = this.cursor;
if (!this.in_grouping_b$esjava$3(italianStemmer.g_AEIO, 97, 242)) {
this.cursor = this.limit - v_1;
break lab0;
}
this.bra = this.cursor;
if (!this.r_RV$esjava$0()) {
this.cursor = this.limit - v_1;
break lab0;
}
this.slice_del$esjava$0();
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1("i")) {
this.cursor = this.limit - v_1;
break lab0;
}
this.bra = this.cursor;
if (!this.r_RV$esjava$0()) {
this.cursor = this.limit - v_1;
break lab0;
}
this.slice_del$esjava$0();
} while (false);
v_2 = this.limit - this.cursor;
lab1: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1("h")) {
this.cursor = this.limit - v_2;
break lab1;
}
this.bra = this.cursor;
if (!this.in_grouping_b$esjava$3(italianStemmer.g_CG, 99, 103)) {
this.cursor = this.limit - v_2;
break lab1;
}
if (!this.r_RV$esjava$0()) {
this.cursor = this.limit - v_2;
break lab1;
}
this.slice_del$esjava$0();
} while (false);
return true;
}
}, {
key: 'stem$esjava$0',
value: function stem$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
var v_6 = undefined;
var v_7 = undefined;
v_1 = this.cursor;
lab0: do {
if (!this.r_prelude$esjava$0()) {
break lab0;
}
} while (false);
this.cursor = v_1;
v_2 = this.cursor;
lab1: do {
if (!this.r_mark_regions$esjava$0()) {
break lab1;
}
} while (false);
this.cursor = v_2;
this.limit_backward = this.cursor;
this.cursor = this.limit;
v_3 = this.limit - this.cursor;
lab2: do {
if (!this.r_attached_pronoun$esjava$0()) {
break lab2;
}
} while (false);
this.cursor = this.limit - v_3;
v_4 = this.limit - this.cursor;
lab3: do {
lab4: do {
v_5 = this.limit - this.cursor;
lab5: do {
if (!this.r_standard_suffix$esjava$0()) {
break lab5;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
if (!this.r_verb_suffix$esjava$0()) {
break lab3;
}
} while (false);
} while (false);
this.cursor = this.limit - v_4;
v_6 = this.limit - this.cursor;
lab6: do {
if (!this.r_vowel_suffix$esjava$0()) {
break lab6;
}
} while (false);
this.cursor = this.limit - v_6;
this.cursor = this.limit_backward;
v_7 = this.cursor;
lab7: do {
if (!this.r_postlude$esjava$0()) {
break lab7;
}
} while (false);
this.cursor = v_7;
return true;
}
}, {
key: 'stem',
value: function stem() {
var _get40;
for (var _len39 = arguments.length, args = Array(_len39), _key39 = 0; _key39 < _len39; _key39++) {
args[_key39] = arguments[_key39];
}
switch (args.length) {
case 0:
return this.stem$esjava$0.apply(this, args);
}
return (_get40 = _get(Object.getPrototypeOf(italianStemmer.prototype), 'stem', this)).call.apply(_get40, [this].concat(args));
}
}, {
key: 'I_p2',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_p2') ? this._$esjava$I_p2 : this._$esjava$I_p2 = 0;
},
set: function set(v) {
this._$esjava$I_p2 = v;
}
}, {
key: 'I_p1',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_p1') ? this._$esjava$I_p1 : this._$esjava$I_p1 = 0;
},
set: function set(v) {
this._$esjava$I_p1 = v;
}
}, {
key: 'I_pV',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_pV') ? this._$esjava$I_pV : this._$esjava$I_pV = 0;
},
set: function set(v) {
this._$esjava$I_pV = v;
}
}], [{
key: 'a_0',
get: function get() {
delete italianStemmer.a_0;
return italianStemmer.a_0 = [new Among("", -1, 7), new Among("qu", 0, 6), new Among('\u00E1', 0, 1), new Among('\u00E9', 0, 2), new Among('\u00ED', 0, 3), new Among('\u00F3', 0, 4), new Among('\u00FA', 0, 5)];
}
}, {
key: 'a_1',
get: function get() {
delete italianStemmer.a_1;
return italianStemmer.a_1 = [new Among("", -1, 3), new Among("I", 0, 1), new Among("U", 0, 2)];
}
}, {
key: 'a_2',
get: function get() {
delete italianStemmer.a_2;
return italianStemmer.a_2 = [new Among("la", -1, -1), new Among("cela", 0, -1), new Among("gliela", 0, -1), new Among("mela", 0, -1), new Among("tela", 0, -1), new Among("vela", 0, -1), new Among("le", -1, -1), new Among("cele", 6, -1), new Among("gliele", 6, -1), new Among("mele", 6, -1), new Among("tele", 6, -1), new Among("vele", 6, -1), new Among("ne", -1, -1), new Among("cene", 12, -1), new Among("gliene", 12, -1), new Among("mene", 12, -1), new Among("sene", 12, -1), new Among("tene", 12, -1), new Among("vene", 12, -1), new Among("ci", -1, -1), new Among("li", -1, -1), new Among("celi", 20, -1), new Among("glieli", 20, -1), new Among("meli", 20, -1), new Among("teli", 20, -1), new Among("veli", 20, -1), new Among("gli", 20, -1), new Among("mi", -1, -1), new Among("si", -1, -1), new Among("ti", -1, -1), new Among("vi", -1, -1), new Among("lo", -1, -1), new Among("celo", 31, -1), new Among("glielo", 31, -1), new Among("melo", 31, -1), new Among("telo", 31, -1), new Among("velo", 31, -1)];
}
}, {
key: 'a_3',
get: function get() {
delete italianStemmer.a_3;
return italianStemmer.a_3 = [new Among("ando", -1, 1), new Among("endo", -1, 1), new Among("ar", -1, 2), new Among("er", -1, 2), new Among("ir", -1, 2)];
}
}, {
key: 'a_4',
get: function get() {
delete italianStemmer.a_4;
return italianStemmer.a_4 = [new Among("ic", -1, -1), new Among("abil", -1, -1), new Among("os", -1, -1), new Among("iv", -1, 1)];
}
}, {
key: 'a_5',
get: function get() {
delete italianStemmer.a_5;
return italianStemmer.a_5 = [new Among("ic", -1, 1), new Among("abil", -1, 1), new Among("iv", -1, 1)];
}
}, {
key: 'a_6',
get: function get() {
delete italianStemmer.a_6;
return italianStemmer.a_6 = [new Among("ica", -1, 1), new Among("logia", -1, 3), new Among("osa", -1, 1), new Among("ista", -1, 1), new Among("iva", -1, 9), new Among("anza", -1, 1), new Among("enza", -1, 5), new Among("ice", -1, 1), new Among("atrice", 7, 1), new Among("iche", -1, 1), new Among("logie", -1, 3), new Among("abile", -1, 1), new Among("ibile", -1, 1), new Among("usione", -1, 4), new Among("azione", -1, 2), new Among("uzione", -1, 4), new Among("atore", -1, 2), new Among("ose", -1, 1), new Among("ante", -1, 1), new Among("mente", -1, 1), new Among("amente", 19, 7), new Among("iste", -1, 1), new Among("ive", -1, 9), new Among("anze", -1, 1), new Among("enze", -1, 5), new Among("ici", -1, 1), new Among("atrici", 25, 1), new Among("ichi", -1, 1), new Among("abili", -1, 1), new Among("ibili", -1, 1), new Among("ismi", -1, 1), new Among("usioni", -1, 4), new Among("azioni", -1, 2), new Among("uzioni", -1, 4), new Among("atori", -1, 2), new Among("osi", -1, 1), new Among("anti", -1, 1), new Among("amenti", -1, 6), new Among("imenti", -1, 6), new Among("isti", -1, 1), new Among("ivi", -1, 9), new Among("ico", -1, 1), new Among("ismo", -1, 1), new Among("oso", -1, 1), new Among("amento", -1, 6), new Among("imento", -1, 6), new Among("ivo", -1, 9), new Among('it\u00E0', -1, 8), new Among('ist\u00E0', -1, 1), new Among('ist\u00E8', -1, 1), new Among('ist\u00EC', -1, 1)];
}
}, {
key: 'a_7',
get: function get() {
delete italianStemmer.a_7;
return italianStemmer.a_7 = [new Among("isca", -1, 1), new Among("enda", -1, 1), new Among("ata", -1, 1), new Among("ita", -1, 1), new Among("uta", -1, 1), new Among("ava", -1, 1), new Among("eva", -1, 1), new Among("iva", -1, 1), new Among("erebbe", -1, 1), new Among("irebbe", -1, 1), new Among("isce", -1, 1), new Among("ende", -1, 1), new Among("are", -1, 1), new Among("ere", -1, 1), new Among("ire", -1, 1), new Among("asse", -1, 1), new Among("ate", -1, 1), new Among("avate", 16, 1), new Among("evate", 16, 1), new Among("ivate", 16, 1), new Among("ete", -1, 1), new Among("erete", 20, 1), new Among("irete", 20, 1), new Among("ite", -1, 1), new Among("ereste", -1, 1), new Among("ireste", -1, 1), new Among("ute", -1, 1), new Among("erai", -1, 1), new Among("irai", -1, 1), new Among("isci", -1, 1), new Among("endi", -1, 1), new Among("erei", -1, 1), new Among("irei", -1, 1), new Among("assi", -1, 1), new Among("ati", -1, 1), new Among("iti", -1, 1), new Among("eresti", -1, 1), new Among("iresti", -1, 1), new Among("uti", -1, 1), new Among("avi", -1, 1), new Among("evi", -1, 1), new Among("ivi", -1, 1), new Among("isco", -1, 1), new Among("ando", -1, 1), new Among("endo", -1, 1), new Among("Yamo", -1, 1), new Among("iamo", -1, 1), new Among("avamo", -1, 1), new Among("evamo", -1, 1), new Among("ivamo", -1, 1), new Among("eremo", -1, 1), new Among("iremo", -1, 1), new Among("assimo", -1, 1), new Among("ammo", -1, 1), new Among("emmo", -1, 1), new Among("eremmo", 54, 1), new Among("iremmo", 54, 1), new Among("immo", -1, 1), new Among("ano", -1, 1), new Among("iscano", 58, 1), new Among("avano", 58, 1), new Among("evano", 58, 1), new Among("ivano", 58, 1), new Among("eranno", -1, 1), new Among("iranno", -1, 1), new Among("ono", -1, 1), new Among("iscono", 65, 1), new Among("arono", 65, 1), new Among("erono", 65, 1), new Among("irono", 65, 1), new Among("erebbero", -1, 1), new Among("irebbero", -1, 1), new Among("assero", -1, 1), new Among("essero", -1, 1), new Among("issero", -1, 1), new Among("ato", -1, 1), new Among("ito", -1, 1), new Among("uto", -1, 1), new Among("avo", -1, 1), new Among("evo", -1, 1), new Among("ivo", -1, 1), new Among("ar", -1, 1), new Among("ir", -1, 1), new Among('er\u00E0', -1, 1), new Among('ir\u00E0', -1, 1), new Among('er\u00F2', -1, 1), new Among('ir\u00F2', -1, 1)];
}
}, {
key: 'g_v',
get: function get() {
delete italianStemmer.g_v;
return italianStemmer.g_v = [17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 128, 8, 2, 1];
}
}, {
key: 'g_AEIO',
get: function get() {
delete italianStemmer.g_AEIO;
return italianStemmer.g_AEIO = [17, 65, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 128, 8, 2];
}
}, {
key: 'g_CG',
get: function get() {
delete italianStemmer.g_CG;
return italianStemmer.g_CG = [17];
}
}]);
return italianStemmer;
}(SnowballStemmer);
var stemmer = new italianStemmer();
return function (word) { stemmer.setCurrent(word); stemmer.stem(); return stemmer.getCurrent(); };
})()
