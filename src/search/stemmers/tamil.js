// Snowball's tamil stemmer (BSD-3-Clause: Martin Porter, Richard Boulton), from npm
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
var tamilStemmer = function (_SnowballStemmer23) {
_inherits(tamilStemmer, _SnowballStemmer23);
function tamilStemmer() {
_classCallCheck(this, tamilStemmer);
return _possibleConstructorReturn(this, Object.getPrototypeOf(tamilStemmer).apply(this, arguments));
}
_createClass(tamilStemmer, [{
key: 'r_has_min_length$esjava$0',
value: function r_has_min_length$esjava$0() {
this.I_length = this.current.length();
if (!(this.I_length > 4)) {
return false;
}
return true;
}
}, {
key: 'r_fix_va_start$esjava$0',
value: function r_fix_va_start$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
var v_6 = undefined;
var v_7 = undefined;
var v_8 = undefined;
var v_9 = undefined;
lab0: do {
v_1 = this.cursor;
lab1: do {
v_2 = this.cursor;
v_3 = this.cursor;
lab2: do {
if (!this.eq_s$esjava$1('\u0BB5\u0BCB')) {
this.cursor = v_3;
break lab2;
}
} while (false);
this.cursor = v_2;
this.bra = this.cursor;
if (!this.eq_s$esjava$1('\u0BB5\u0BCB')) {
break lab1;
}
this.ket = this.cursor;
this.slice_from$esjava$1('\u0B93');
break lab0;
} while (false);
this.cursor = v_1;
lab3: do {
v_4 = this.cursor;
v_5 = this.cursor;
lab4: do {
if (!this.eq_s$esjava$1('\u0BB5\u0BCA')) {
this.cursor = v_5;
break lab4;
}
} while (false);
this.cursor = v_4;
this.bra = this.cursor;
if (!this.eq_s$esjava$1('\u0BB5\u0BCA')) {
break lab3;
}
this.ket = this.cursor;
this.slice_from$esjava$1('\u0B92');
break lab0;
} while (false);
this.cursor = v_1;
lab5: do {
v_6 = this.cursor;
v_7 = this.cursor;
lab6: do {
if (!this.eq_s$esjava$1('\u0BB5\u0BC1')) {
this.cursor = v_7;
break lab6;
}
} while (false);
this.cursor = v_6;
this.bra = this.cursor;
if (!this.eq_s$esjava$1('\u0BB5\u0BC1')) {
break lab5;
}
this.ket = this.cursor;
this.slice_from$esjava$1('\u0B89');
break lab0;
} while (false);
this.cursor = v_1;
v_8 = this.cursor;
v_9 = this.cursor;
lab7: do {
if (!this.eq_s$esjava$1('\u0BB5\u0BC2')) {
this.cursor = v_9;
break lab7;
}
} while (false);
this.cursor = v_8;
this.bra = this.cursor;
if (!this.eq_s$esjava$1('\u0BB5\u0BC2')) {
return false;
}
this.ket = this.cursor;
this.slice_from$esjava$1('\u0B8A');
} while (false);
return true;
}
}, {
key: 'r_fix_endings$esjava$0',
value: function r_fix_endings$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
this.B_found_wrong_ending = true;
replab0: while (true) {
v_1 = this.cursor;
lab1: do {
if (!this.B_found_wrong_ending) {
break lab1;
}
v_2 = this.cursor;
lab2: do {
if (!this.r_fix_ending$esjava$0()) {
break lab2;
}
} while (false);
this.cursor = v_2;
continue replab0;
} while (false);
this.cursor = v_1;
break replab0;
}
return true;
}
}, {
key: 'r_remove_question_prefixes$esjava$0',
value: function r_remove_question_prefixes$esjava$0() {
var v_1 = undefined;
this.bra = this.cursor;
if (!this.eq_s$esjava$1('\u0B8E')) {
return false;
}
if (this.find_among$esjava$1(tamilStemmer.a_0) === 0) {
return false;
}
if (!this.eq_s$esjava$1('\u0BCD')) {
return false;
}
this.ket = this.cursor;
this.slice_del$esjava$0();
v_1 = this.cursor;
lab0: do {
if (!this.r_fix_va_start$esjava$0()) {
break lab0;
}
} while (false);
this.cursor = v_1;
return true;
}
}, {
key: 'r_fix_ending$esjava$0',
value: function r_fix_ending$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
var v_6 = undefined;
var v_7 = undefined;
var v_8 = undefined;
var v_9 = undefined;
var v_10 = undefined;
var v_11 = undefined;
var v_12 = undefined;
var v_13 = undefined;
this.B_found_wrong_ending = false;
this.I_length = this.current.length();
if (!(this.I_length > 3)) {
return false;
}
this.limit_backward = this.cursor;
this.cursor = this.limit;
lab0: do {
v_1 = this.limit - this.cursor;
lab1: do {
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_1) === 0) {
break lab1;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab2: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BAF\u0BCD')) {
break lab2;
}
v_2 = this.limit - this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_2) === 0) {
break lab2;
}
this.cursor = this.limit - v_2;
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab3: do {
this.ket = this.cursor;
lab4: do {
v_3 = this.limit - this.cursor;
lab5: do {
if (!this.eq_s_b$esjava$1('\u0B9F\u0BCD\u0BAA\u0BCD')) {
break lab5;
}
break lab4;
} while (false);
this.cursor = this.limit - v_3;
if (!this.eq_s_b$esjava$1('\u0B9F\u0BCD\u0B95\u0BCD')) {
break lab3;
}
} while (false);
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BB3\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab6: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BA9\u0BCD\u0BB1\u0BCD')) {
break lab6;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BB2\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab7: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BB1\u0BCD\u0B95\u0BCD')) {
break lab7;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BB2\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab8: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0B9F\u0BCD\u0B9F\u0BCD')) {
break lab8;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0B9F\u0BC1');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab9: do {
if (!this.B_found_vetrumai_urupu) {
break lab9;
}
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BA4\u0BCD\u0BA4\u0BCD')) {
break lab9;
}
v_4 = this.limit - this.cursor;
{
v_5 = this.limit - this.cursor;
lab10: do {
if (!this.eq_s_b$esjava$1('\u0BC8')) {
break lab10;
}
break lab9;
} while (false);
this.cursor = this.limit - v_5;
}
this.cursor = this.limit - v_4;
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BAE\u0BCD');
this.bra = this.cursor;
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab11: do {
this.ket = this.cursor;
lab12: do {
v_6 = this.limit - this.cursor;
lab13: do {
if (!this.eq_s_b$esjava$1('\u0BC1\u0B95\u0BCD')) {
break lab13;
}
break lab12;
} while (false);
this.cursor = this.limit - v_6;
if (!this.eq_s_b$esjava$1('\u0BC1\u0B95\u0BCD\u0B95\u0BCD')) {
break lab11;
}
} while (false);
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab14: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab14;
}
if (this.find_among_b$esjava$1(tamilStemmer.a_3) === 0) {
break lab14;
}
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab14;
}
if (this.find_among_b$esjava$1(tamilStemmer.a_4) === 0) {
break lab14;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab15: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BC1\u0B95\u0BCD')) {
break lab15;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab16: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab16;
}
if (this.find_among_b$esjava$1(tamilStemmer.a_5) === 0) {
break lab16;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab17: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab17;
}
lab18: do {
v_7 = this.limit - this.cursor;
lab19: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_6) === 0) {
break lab19;
}
break lab18;
} while (false);
this.cursor = this.limit - v_7;
if (this.find_among_b$esjava$1(tamilStemmer.a_7) === 0) {
break lab17;
}
} while (false);
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab17;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab20: do {
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_8) === 0) {
break lab20;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab21: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BA9\u0BC1')) {
break lab21;
}
v_8 = this.limit - this.cursor;
{
v_9 = this.limit - this.cursor;
lab22: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_9) === 0) {
break lab22;
}
break lab21;
} while (false);
this.cursor = this.limit - v_9;
}
this.cursor = this.limit - v_8;
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab23: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0B99\u0BCD')) {
break lab23;
}
v_10 = this.limit - this.cursor;
{
v_11 = this.limit - this.cursor;
lab24: do {
if (!this.eq_s_b$esjava$1('\u0BC8')) {
break lab24;
}
break lab23;
} while (false);
this.cursor = this.limit - v_11;
}
this.cursor = this.limit - v_10;
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BAE\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab25: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0B99\u0BCD')) {
break lab25;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
break lab0;
} while (false);
this.cursor = this.limit - v_1;
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BCD')) {
return false;
}
v_12 = this.limit - this.cursor;
lab26: do {
v_13 = this.limit - this.cursor;
lab27: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_10) === 0) {
break lab27;
}
break lab26;
} while (false);
this.cursor = this.limit - v_13;
if (!this.eq_s_b$esjava$1('\u0BCD')) {
return false;
}
} while (false);
this.cursor = this.limit - v_12;
this.bra = this.cursor;
this.slice_del$esjava$0();
} while (false);
this.cursor = this.limit_backward;
this.B_found_wrong_ending = true;
return true;
}
}, {
key: 'r_remove_pronoun_prefixes$esjava$0',
value: function r_remove_pronoun_prefixes$esjava$0() {
var v_1 = undefined;
this.B_found_a_match = false;
this.bra = this.cursor;
if (this.find_among$esjava$1(tamilStemmer.a_11) === 0) {
return false;
}
if (this.find_among$esjava$1(tamilStemmer.a_12) === 0) {
return false;
}
if (!this.eq_s$esjava$1('\u0BCD')) {
return false;
}
this.ket = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
v_1 = this.cursor;
lab0: do {
if (!this.r_fix_va_start$esjava$0()) {
break lab0;
}
} while (false);
this.cursor = v_1;
return true;
}
}, {
key: 'r_remove_plural_suffix$esjava$0',
value: function r_remove_plural_suffix$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
this.B_found_a_match = false;
this.limit_backward = this.cursor;
this.cursor = this.limit;
lab0: do {
v_1 = this.limit - this.cursor;
lab1: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BC1\u0B99\u0BCD\u0B95\u0BB3\u0BCD')) {
break lab1;
}
v_2 = this.limit - this.cursor;
{
v_3 = this.limit - this.cursor;
lab2: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_13) === 0) {
break lab2;
}
break lab1;
} while (false);
this.cursor = this.limit - v_3;
}
this.cursor = this.limit - v_2;
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab3: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BB1\u0BCD\u0B95\u0BB3\u0BCD')) {
break lab3;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BB2\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab4: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0B9F\u0BCD\u0B95\u0BB3\u0BCD')) {
break lab4;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BB3\u0BCD');
break lab0;
} while (false);
this.cursor = this.limit - v_1;
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0B95\u0BB3\u0BCD')) {
return false;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
} while (false);
this.B_found_a_match = true;
this.cursor = this.limit_backward;
return true;
}
}, {
key: 'r_remove_question_suffixes$esjava$0',
value: function r_remove_question_suffixes$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
if (!this.r_has_min_length$esjava$0()) {
return false;
}
this.B_found_a_match = false;
this.limit_backward = this.cursor;
this.cursor = this.limit;
v_1 = this.limit - this.cursor;
lab0: do {
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_14) === 0) {
break lab0;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
this.B_found_a_match = true;
} while (false);
this.cursor = this.limit - v_1;
this.cursor = this.limit_backward;
v_2 = this.cursor;
lab1: do {
if (!this.r_fix_endings$esjava$0()) {
break lab1;
}
} while (false);
this.cursor = v_2;
return true;
}
}, {
key: 'r_remove_command_suffixes$esjava$0',
value: function r_remove_command_suffixes$esjava$0() {
if (!this.r_has_min_length$esjava$0()) {
return false;
}
this.B_found_a_match = false;
this.limit_backward = this.cursor;
this.cursor = this.limit;
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_15) === 0) {
return false;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
this.cursor = this.limit_backward;
return true;
}
}, {
key: 'r_remove_um$esjava$0',
value: function r_remove_um$esjava$0() {
var v_1 = undefined;
this.B_found_a_match = false;
if (!this.r_has_min_length$esjava$0()) {
return false;
}
this.limit_backward = this.cursor;
this.cursor = this.limit;
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BC1\u0BAE\u0BCD')) {
return false;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
this.B_found_a_match = true;
this.cursor = this.limit_backward;
v_1 = this.cursor;
lab0: do {
if (!this.r_fix_ending$esjava$0()) {
break lab0;
}
} while (false);
this.cursor = v_1;
return true;
}
}, {
key: 'r_remove_common_word_endings$esjava$0',
value: function r_remove_common_word_endings$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
var v_6 = undefined;
var v_7 = undefined;
this.B_found_a_match = false;
if (!this.r_has_min_length$esjava$0()) {
return false;
}
this.limit_backward = this.cursor;
this.cursor = this.limit;
lab0: do {
v_1 = this.limit - this.cursor;
lab1: do {
v_2 = this.limit - this.cursor;
this.ket = this.cursor;
lab2: do {
v_3 = this.limit - this.cursor;
lab3: do {
if (!this.eq_s_b$esjava$1('\u0BC1\u0B9F\u0BA9\u0BCD')) {
break lab3;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab4: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BB2\u0BCD\u0BB2\u0BC8')) {
break lab4;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab5: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0B9F\u0BAE\u0BCD')) {
break lab5;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab6: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BA9\u0BCD\u0BB1\u0BBF')) {
break lab6;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab7: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0B95\u0BBF')) {
break lab7;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab8: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0B95\u0BBF\u0BAF')) {
break lab8;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab9: do {
if (!this.eq_s_b$esjava$1('\u0BC6\u0BA9\u0BCD\u0BB1\u0BC1')) {
break lab9;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab10: do {
if (!this.eq_s_b$esjava$1('\u0BC1\u0BB3\u0BCD\u0BB3')) {
break lab10;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab11: do {
if (!this.eq_s_b$esjava$1('\u0BC1\u0B9F\u0BC8\u0BAF')) {
break lab11;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab12: do {
if (!this.eq_s_b$esjava$1('\u0BC1\u0B9F\u0BC8')) {
break lab12;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab13: do {
if (!this.eq_s_b$esjava$1('\u0BC6\u0BA9\u0BC1\u0BAE\u0BCD')) {
break lab13;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab14: do {
if (!this.eq_s_b$esjava$1('\u0BB2\u0BCD\u0BB2')) {
break lab14;
}
v_4 = this.limit - this.cursor;
{
v_5 = this.limit - this.cursor;
lab15: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_16) === 0) {
break lab15;
}
break lab14;
} while (false);
this.cursor = this.limit - v_5;
}
this.cursor = this.limit - v_4;
break lab2;
} while (false);
this.cursor = this.limit - v_3;
lab16: do {
if (!this.eq_s_b$esjava$1('\u0BC6\u0BA9')) {
break lab16;
}
break lab2;
} while (false);
this.cursor = this.limit - v_3;
if (!this.eq_s_b$esjava$1('\u0BBE\u0B95\u0BBF')) {
break lab1;
}
} while (false);
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
this.B_found_a_match = true;
this.cursor = this.limit - v_2;
break lab0;
} while (false);
this.cursor = this.limit - v_1;
v_6 = this.limit - this.cursor;
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_17) === 0) {
return false;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
this.cursor = this.limit - v_6;
} while (false);
this.cursor = this.limit_backward;
v_7 = this.cursor;
lab17: do {
if (!this.r_fix_endings$esjava$0()) {
break lab17;
}
} while (false);
this.cursor = v_7;
return true;
}
}, {
key: 'r_remove_vetrumai_urupukal$esjava$0',
value: function r_remove_vetrumai_urupukal$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
var v_6 = undefined;
var v_7 = undefined;
var v_8 = undefined;
var v_9 = undefined;
var v_10 = undefined;
var v_11 = undefined;
var v_12 = undefined;
var v_13 = undefined;
var v_14 = undefined;
var v_15 = undefined;
var v_16 = undefined;
var v_17 = undefined;
var v_18 = undefined;
var v_19 = undefined;
var v_20 = undefined;
var v_21 = undefined;
this.B_found_a_match = false;
this.B_found_vetrumai_urupu = false;
if (!this.r_has_min_length$esjava$0()) {
return false;
}
this.limit_backward = this.cursor;
this.cursor = this.limit;
lab0: do {
v_1 = this.limit - this.cursor;
lab1: do {
v_2 = this.limit - this.cursor;
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BA9\u0BC8')) {
break lab1;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
this.cursor = this.limit - v_2;
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab2: do {
v_3 = this.limit - this.cursor;
this.ket = this.cursor;
lab3: do {
v_4 = this.limit - this.cursor;
lab4: do {
lab5: do {
v_5 = this.limit - this.cursor;
lab6: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BA9\u0BC8')) {
break lab6;
}
break lab5;
} while (false);
this.cursor = this.limit - v_5;
if (!this.eq_s_b$esjava$1('\u0BC8')) {
break lab4;
}
} while (false);
v_6 = this.limit - this.cursor;
{
v_7 = this.limit - this.cursor;
lab7: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_18) === 0) {
break lab7;
}
break lab4;
} while (false);
this.cursor = this.limit - v_7;
}
this.cursor = this.limit - v_6;
break lab3;
} while (false);
this.cursor = this.limit - v_4;
if (!this.eq_s_b$esjava$1('\u0BC8')) {
break lab2;
}
v_8 = this.limit - this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_19) === 0) {
break lab2;
}
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab2;
}
this.cursor = this.limit - v_8;
} while (false);
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
this.cursor = this.limit - v_3;
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab8: do {
v_9 = this.limit - this.cursor;
this.ket = this.cursor;
lab9: do {
v_10 = this.limit - this.cursor;
lab10: do {
if (!this.eq_s_b$esjava$1('\u0BCA\u0B9F\u0BC1')) {
break lab10;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab11: do {
if (!this.eq_s_b$esjava$1('\u0BCB\u0B9F\u0BC1')) {
break lab11;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab12: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BB2\u0BCD')) {
break lab12;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab13: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BB1\u0BCD')) {
break lab13;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab14: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BA9\u0BCD')) {
break lab14;
}
v_11 = this.limit - this.cursor;
{
v_12 = this.limit - this.cursor;
lab15: do {
if (!this.eq_s_b$esjava$1('\u0BAE')) {
break lab15;
}
break lab14;
} while (false);
this.cursor = this.limit - v_12;
}
this.cursor = this.limit - v_11;
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab16: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BA9\u0BCD\u0BB1\u0BC1')) {
break lab16;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab17: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BB0\u0BC1\u0BA8\u0BCD\u0BA4\u0BC1')) {
break lab17;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab18: do {
if (!this.eq_s_b$esjava$1('\u0BB5\u0BBF\u0B9F')) {
break lab18;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab19: do {
if (!(this.I_length >= 7)) {
break lab19;
}
if (!this.eq_s_b$esjava$1('\u0BBF\u0B9F\u0BAE\u0BCD')) {
break lab19;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab20: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BB2\u0BCD')) {
break lab20;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab21: do {
if (!this.eq_s_b$esjava$1('\u0BC1\u0B9F\u0BC8')) {
break lab21;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab22: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BAE\u0BB2\u0BCD')) {
break lab22;
}
break lab9;
} while (false);
this.cursor = this.limit - v_10;
lab23: do {
if (!this.eq_s_b$esjava$1('\u0BB2\u0BCD')) {
break lab23;
}
v_13 = this.limit - this.cursor;
{
v_14 = this.limit - this.cursor;
lab24: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_20) === 0) {
break lab24;
}
break lab23;
} while (false);
this.cursor = this.limit - v_14;
}
this.cursor = this.limit - v_13;
break lab9;
} while (false);
this.cursor = this.limit - v_10;
if (!this.eq_s_b$esjava$1('\u0BC1\u0BB3\u0BCD')) {
break lab8;
}
} while (false);
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
this.cursor = this.limit - v_9;
break lab0;
} while (false);
this.cursor = this.limit - v_1;
lab25: do {
v_15 = this.limit - this.cursor;
this.ket = this.cursor;
lab26: do {
v_16 = this.limit - this.cursor;
lab27: do {
if (!this.eq_s_b$esjava$1('\u0B95\u0BA3\u0BCD')) {
break lab27;
}
break lab26;
} while (false);
this.cursor = this.limit - v_16;
lab28: do {
if (!this.eq_s_b$esjava$1('\u0BAE\u0BC1\u0BA9\u0BCD')) {
break lab28;
}
break lab26;
} while (false);
this.cursor = this.limit - v_16;
lab29: do {
if (!this.eq_s_b$esjava$1('\u0BAE\u0BC7\u0BB2\u0BCD')) {
break lab29;
}
break lab26;
} while (false);
this.cursor = this.limit - v_16;
lab30: do {
if (!this.eq_s_b$esjava$1('\u0BAE\u0BC7\u0BB1\u0BCD')) {
break lab30;
}
break lab26;
} while (false);
this.cursor = this.limit - v_16;
lab31: do {
if (!this.eq_s_b$esjava$1('\u0B95\u0BC0\u0BB4\u0BCD')) {
break lab31;
}
break lab26;
} while (false);
this.cursor = this.limit - v_16;
lab32: do {
if (!this.eq_s_b$esjava$1('\u0BAA\u0BBF\u0BA9\u0BCD')) {
break lab32;
}
break lab26;
} while (false);
this.cursor = this.limit - v_16;
if (!this.eq_s_b$esjava$1('\u0BA4\u0BC1')) {
break lab25;
}
v_17 = this.limit - this.cursor;
{
v_18 = this.limit - this.cursor;
lab33: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_21) === 0) {
break lab33;
}
break lab25;
} while (false);
this.cursor = this.limit - v_18;
}
this.cursor = this.limit - v_17;
} while (false);
this.bra = this.cursor;
this.slice_del$esjava$0();
this.cursor = this.limit - v_15;
break lab0;
} while (false);
this.cursor = this.limit - v_1;
v_19 = this.limit - this.cursor;
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BC0')) {
return false;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BBF');
this.cursor = this.limit - v_19;
} while (false);
this.B_found_a_match = true;
this.B_found_vetrumai_urupu = true;
v_20 = this.limit - this.cursor;
lab34: do {
this.ket = this.cursor;
if (!this.eq_s_b$esjava$1('\u0BBF\u0BA9\u0BCD')) {
break lab34;
}
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
} while (false);
this.cursor = this.limit - v_20;
this.cursor = this.limit_backward;
v_21 = this.cursor;
lab35: do {
if (!this.r_fix_endings$esjava$0()) {
break lab35;
}
} while (false);
this.cursor = v_21;
return true;
}
}, {
key: 'r_remove_tense_suffixes$esjava$0',
value: function r_remove_tense_suffixes$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
this.B_found_a_match = true;
replab0: while (true) {
v_1 = this.cursor;
lab1: do {
if (!this.B_found_a_match) {
break lab1;
}
v_2 = this.cursor;
lab2: do {
if (!this.r_remove_tense_suffix$esjava$0()) {
break lab2;
}
} while (false);
this.cursor = v_2;
continue replab0;
} while (false);
this.cursor = v_1;
break replab0;
}
return true;
}
}, {
key: 'r_remove_tense_suffix$esjava$0',
value: function r_remove_tense_suffix$esjava$0() {
var v_1 = undefined;
var v_2 = undefined;
var v_3 = undefined;
var v_4 = undefined;
var v_5 = undefined;
var v_6 = undefined;
var v_7 = undefined;
var v_8 = undefined;
var v_9 = undefined;
var v_10 = undefined;
var v_11 = undefined;
var v_12 = undefined;
var v_13 = undefined;
var v_14 = undefined;
var v_15 = undefined;
var v_16 = undefined;
var v_17 = undefined;
var v_18 = undefined;
this.B_found_a_match = false;
if (!this.r_has_min_length$esjava$0()) {
return false;
}
this.limit_backward = this.cursor;
this.cursor = this.limit;
v_1 = this.limit - this.cursor;
lab0: do {
lab1: do {
v_2 = this.limit - this.cursor;
lab2: do {
v_3 = this.limit - this.cursor;
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_22) === 0) {
break lab2;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
this.cursor = this.limit - v_3;
break lab1;
} while (false);
this.cursor = this.limit - v_2;
lab3: do {
v_4 = this.limit - this.cursor;
this.ket = this.cursor;
lab4: do {
v_5 = this.limit - this.cursor;
lab5: do {
if (!this.eq_s_b$esjava$1('\u0BAE\u0BBE\u0BB0\u0BCD')) {
break lab5;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab6: do {
if (!this.eq_s_b$esjava$1('\u0BAE\u0BBF\u0BA9\u0BCD')) {
break lab6;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab7: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BA9\u0BCD')) {
break lab7;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab8: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BBE\u0BA9\u0BCD')) {
break lab8;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab9: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BBE\u0BB3\u0BCD')) {
break lab9;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab10: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BBE\u0BB0\u0BCD')) {
break lab10;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab11: do {
if (!this.eq_s_b$esjava$1('\u0BB5\u0BA9\u0BCD')) {
break lab11;
}
v_6 = this.limit - this.cursor;
{
v_7 = this.limit - this.cursor;
lab12: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_23) === 0) {
break lab12;
}
break lab11;
} while (false);
this.cursor = this.limit - v_7;
}
this.cursor = this.limit - v_6;
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab13: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BB3\u0BCD')) {
break lab13;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab14: do {
if (!this.eq_s_b$esjava$1('\u0BB5\u0BB3\u0BCD')) {
break lab14;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab15: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BB0\u0BCD')) {
break lab15;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab16: do {
if (!this.eq_s_b$esjava$1('\u0BB5\u0BB0\u0BCD')) {
break lab16;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab17: do {
if (!this.eq_s_b$esjava$1('\u0BA9')) {
break lab17;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab18: do {
if (!this.eq_s_b$esjava$1('\u0BAA')) {
break lab18;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab19: do {
if (!this.eq_s_b$esjava$1('\u0B95')) {
break lab19;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab20: do {
if (!this.eq_s_b$esjava$1('\u0BA4')) {
break lab20;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab21: do {
if (!this.eq_s_b$esjava$1('\u0BAF')) {
break lab21;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab22: do {
if (!this.eq_s_b$esjava$1('\u0BAA\u0BA9\u0BCD')) {
break lab22;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab23: do {
if (!this.eq_s_b$esjava$1('\u0BAA\u0BB3\u0BCD')) {
break lab23;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab24: do {
if (!this.eq_s_b$esjava$1('\u0BAA\u0BB0\u0BCD')) {
break lab24;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab25: do {
if (!this.eq_s_b$esjava$1('\u0BA4\u0BC1')) {
break lab25;
}
v_8 = this.limit - this.cursor;
{
v_9 = this.limit - this.cursor;
lab26: do {
if (this.find_among_b$esjava$1(tamilStemmer.a_24) === 0) {
break lab26;
}
break lab25;
} while (false);
this.cursor = this.limit - v_9;
}
this.cursor = this.limit - v_8;
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab27: do {
if (!this.eq_s_b$esjava$1('\u0BBF\u0BB1\u0BCD\u0BB1\u0BC1')) {
break lab27;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab28: do {
if (!this.eq_s_b$esjava$1('\u0BAA\u0BAE\u0BCD')) {
break lab28;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab29: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BAE\u0BCD')) {
break lab29;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab30: do {
if (!this.eq_s_b$esjava$1('\u0BA4\u0BC1\u0BAE\u0BCD')) {
break lab30;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab31: do {
if (!this.eq_s_b$esjava$1('\u0BB1\u0BC1\u0BAE\u0BCD')) {
break lab31;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab32: do {
if (!this.eq_s_b$esjava$1('\u0B95\u0BC1\u0BAE\u0BCD')) {
break lab32;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab33: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BC6\u0BA9\u0BCD')) {
break lab33;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
lab34: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BC8')) {
break lab34;
}
break lab4;
} while (false);
this.cursor = this.limit - v_5;
if (!this.eq_s_b$esjava$1('\u0BB5\u0BC8')) {
break lab3;
}
} while (false);
this.bra = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
this.cursor = this.limit - v_4;
break lab1;
} while (false);
this.cursor = this.limit - v_2;
lab35: do {
v_10 = this.limit - this.cursor;
this.ket = this.cursor;
lab36: do {
v_11 = this.limit - this.cursor;
lab37: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BA9\u0BCD')) {
break lab37;
}
v_12 = this.limit - this.cursor;
{
v_13 = this.limit - this.cursor;
lab38: do {
if (!this.eq_s_b$esjava$1('\u0B9A')) {
break lab38;
}
break lab37;
} while (false);
this.cursor = this.limit - v_13;
}
this.cursor = this.limit - v_12;
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab39: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BB3\u0BCD')) {
break lab39;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab40: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BB0\u0BCD')) {
break lab40;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab41: do {
if (!this.eq_s_b$esjava$1('\u0BC7\u0BA9\u0BCD')) {
break lab41;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab42: do {
if (!this.eq_s_b$esjava$1('\u0BBE')) {
break lab42;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab43: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BAE\u0BCD')) {
break lab43;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab44: do {
if (!this.eq_s_b$esjava$1('\u0BC6\u0BAE\u0BCD')) {
break lab44;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab45: do {
if (!this.eq_s_b$esjava$1('\u0BC7\u0BAE\u0BCD')) {
break lab45;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab46: do {
if (!this.eq_s_b$esjava$1('\u0BCB\u0BAE\u0BCD')) {
break lab46;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab47: do {
if (!this.eq_s_b$esjava$1('\u0B95\u0BC1\u0BAE\u0BCD')) {
break lab47;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab48: do {
if (!this.eq_s_b$esjava$1('\u0BA4\u0BC1\u0BAE\u0BCD')) {
break lab48;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab49: do {
if (!this.eq_s_b$esjava$1('\u0B9F\u0BC1\u0BAE\u0BCD')) {
break lab49;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab50: do {
if (!this.eq_s_b$esjava$1('\u0BB1\u0BC1\u0BAE\u0BCD')) {
break lab50;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab51: do {
if (!this.eq_s_b$esjava$1('\u0BBE\u0BAF\u0BCD')) {
break lab51;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab52: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BC6\u0BA9\u0BCD')) {
break lab52;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab53: do {
if (!this.eq_s_b$esjava$1('\u0BA9\u0BBF\u0BB0\u0BCD')) {
break lab53;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
lab54: do {
if (!this.eq_s_b$esjava$1('\u0BC0\u0BB0\u0BCD')) {
break lab54;
}
break lab36;
} while (false);
this.cursor = this.limit - v_11;
if (!this.eq_s_b$esjava$1('\u0BC0\u0BAF\u0BB0\u0BCD')) {
break lab35;
}
} while (false);
this.bra = this.cursor;
this.slice_from$esjava$1('\u0BCD');
this.B_found_a_match = true;
this.cursor = this.limit - v_10;
break lab1;
} while (false);
this.cursor = this.limit - v_2;
v_14 = this.limit - this.cursor;
this.ket = this.cursor;
lab55: do {
v_15 = this.limit - this.cursor;
lab56: do {
if (!this.eq_s_b$esjava$1('\u0B95\u0BC1')) {
break lab56;
}
break lab55;
} while (false);
this.cursor = this.limit - v_15;
if (!this.eq_s_b$esjava$1('\u0BA4\u0BC1')) {
break lab0;
}
} while (false);
v_16 = this.limit - this.cursor;
if (!this.eq_s_b$esjava$1('\u0BCD')) {
break lab0;
}
this.cursor = this.limit - v_16;
this.bra = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
this.cursor = this.limit - v_14;
} while (false);
} while (false);
this.cursor = this.limit - v_1;
v_17 = this.limit - this.cursor;
lab57: do {
this.ket = this.cursor;
if (this.find_among_b$esjava$1(tamilStemmer.a_25) === 0) {
break lab57;
}
this.bra = this.cursor;
this.slice_del$esjava$0();
this.B_found_a_match = true;
} while (false);
this.cursor = this.limit - v_17;
this.cursor = this.limit_backward;
v_18 = this.cursor;
lab58: do {
if (!this.r_fix_endings$esjava$0()) {
break lab58;
}
} while (false);
this.cursor = v_18;
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
var v_8 = undefined;
var v_9 = undefined;
var v_10 = undefined;
this.B_found_vetrumai_urupu = false;
v_1 = this.cursor;
lab0: do {
if (!this.r_fix_ending$esjava$0()) {
break lab0;
}
} while (false);
this.cursor = v_1;
if (!this.r_has_min_length$esjava$0()) {
return false;
}
v_2 = this.cursor;
lab1: do {
if (!this.r_remove_question_prefixes$esjava$0()) {
break lab1;
}
} while (false);
this.cursor = v_2;
v_3 = this.cursor;
lab2: do {
if (!this.r_remove_pronoun_prefixes$esjava$0()) {
break lab2;
}
} while (false);
this.cursor = v_3;
v_4 = this.cursor;
lab3: do {
if (!this.r_remove_question_suffixes$esjava$0()) {
break lab3;
}
} while (false);
this.cursor = v_4;
v_5 = this.cursor;
lab4: do {
if (!this.r_remove_um$esjava$0()) {
break lab4;
}
} while (false);
this.cursor = v_5;
v_6 = this.cursor;
lab5: do {
if (!this.r_remove_common_word_endings$esjava$0()) {
break lab5;
}
} while (false);
this.cursor = v_6;
v_7 = this.cursor;
lab6: do {
if (!this.r_remove_vetrumai_urupukal$esjava$0()) {
break lab6;
}
} while (false);
this.cursor = v_7;
v_8 = this.cursor;
lab7: do {
if (!this.r_remove_plural_suffix$esjava$0()) {
break lab7;
}
} while (false);
this.cursor = v_8;
v_9 = this.cursor;
lab8: do {
if (!this.r_remove_command_suffixes$esjava$0()) {
break lab8;
}
} while (false);
this.cursor = v_9;
v_10 = this.cursor;
lab9: do {
if (!this.r_remove_tense_suffixes$esjava$0()) {
break lab9;
}
} while (false);
this.cursor = v_10;
return true;
}
}, {
key: 'stem',
value: function stem() {
var _get49;
for (var _len48 = arguments.length, args = Array(_len48), _key48 = 0; _key48 < _len48; _key48++) {
args[_key48] = arguments[_key48];
}
switch (args.length) {
case 0:
return this.stem$esjava$0.apply(this, args);
}
return (_get49 = _get(Object.getPrototypeOf(tamilStemmer.prototype), 'stem', this)).call.apply(_get49, [this].concat(args));
}
}, {
key: 'I_length',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_length') ? this._$esjava$I_length : this._$esjava$I_length = 0;
},
set: function set(v) {
this._$esjava$I_length = v;
}
}, {
key: 'B_found_wrong_ending',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$B_found_wrong_ending') ? this._$esjava$B_found_wrong_ending : this._$esjava$B_found_wrong_ending = false;
},
set: function set(v) {
this._$esjava$B_found_wrong_ending = v;
}
}, {
key: 'B_found_vetrumai_urupu',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$B_found_vetrumai_urupu') ? this._$esjava$B_found_vetrumai_urupu : this._$esjava$B_found_vetrumai_urupu = false;
},
set: function set(v) {
this._$esjava$B_found_vetrumai_urupu = v;
}
}, {
key: 'B_found_a_match',
get: function get() {
return Object.prototype.hasOwnProperty.call(this, '_$esjava$B_found_a_match') ? this._$esjava$B_found_a_match : this._$esjava$B_found_a_match = false;
},
set: function set(v) {
this._$esjava$B_found_a_match = v;
}
}], [{
key: 'a_0',
get: function get() {
delete tamilStemmer.a_0;
return tamilStemmer.a_0 = [new Among('\u0B95', -1, -1), new Among('\u0B99', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9E', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BA8', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BAE', -1, -1), new Among('\u0BAF', -1, -1), new Among('\u0BB5', -1, -1)];
}
}, {
key: 'a_1',
get: function get() {
delete tamilStemmer.a_1;
return tamilStemmer.a_1 = [new Among('\u0BA8\u0BCD\u0BA4', -1, -1), new Among('\u0BA8\u0BCD\u0BA4\u0BCD', -1, -1), new Among('\u0BA8\u0BCD', -1, -1)];
}
}, {
key: 'a_2',
get: function get() {
delete tamilStemmer.a_2;
return tamilStemmer.a_2 = [new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_3',
get: function get() {
delete tamilStemmer.a_3;
return tamilStemmer.a_3 = [new Among('\u0B95', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9F', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BB1', -1, -1)];
}
}, {
key: 'a_4',
get: function get() {
delete tamilStemmer.a_4;
return tamilStemmer.a_4 = [new Among('\u0B95', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9F', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BB1', -1, -1)];
}
}, {
key: 'a_5',
get: function get() {
delete tamilStemmer.a_5;
return tamilStemmer.a_5 = [new Among('\u0B95', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9F', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BB1', -1, -1)];
}
}, {
key: 'a_6',
get: function get() {
delete tamilStemmer.a_6;
return tamilStemmer.a_6 = [new Among('\u0BAF', -1, -1), new Among('\u0BB0', -1, -1), new Among('\u0BB2', -1, -1), new Among('\u0BB3', -1, -1), new Among('\u0BB4', -1, -1), new Among('\u0BB5', -1, -1)];
}
}, {
key: 'a_7',
get: function get() {
delete tamilStemmer.a_7;
return tamilStemmer.a_7 = [new Among('\u0B99', -1, -1), new Among('\u0B9E', -1, -1), new Among('\u0BA3', -1, -1), new Among('\u0BA8', -1, -1), new Among('\u0BA9', -1, -1), new Among('\u0BAE', -1, -1)];
}
}, {
key: 'a_8',
get: function get() {
delete tamilStemmer.a_8;
return tamilStemmer.a_8 = [new Among('\u0BAF', -1, -1), new Among('\u0BB5', -1, -1), new Among('\u0BB5\u0BCD', -1, -1)];
}
}, {
key: 'a_9',
get: function get() {
delete tamilStemmer.a_9;
return tamilStemmer.a_9 = [new Among('\u0BBE', -1, -1), new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC1', -1, -1), new Among('\u0BC2', -1, -1), new Among('\u0BC6', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_10',
get: function get() {
delete tamilStemmer.a_10;
return tamilStemmer.a_10 = [new Among('\u0BBE', -1, -1), new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC1', -1, -1), new Among('\u0BC2', -1, -1), new Among('\u0BC6', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_11',
get: function get() {
delete tamilStemmer.a_11;
return tamilStemmer.a_11 = [new Among('\u0B85', -1, -1), new Among('\u0B87', -1, -1), new Among('\u0B89', -1, -1)];
}
}, {
key: 'a_12',
get: function get() {
delete tamilStemmer.a_12;
return tamilStemmer.a_12 = [new Among('\u0B95', -1, -1), new Among('\u0B99', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9E', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BA8', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BAE', -1, -1), new Among('\u0BAF', -1, -1), new Among('\u0BB5', -1, -1)];
}
}, {
key: 'a_13',
get: function get() {
delete tamilStemmer.a_13;
return tamilStemmer.a_13 = [new Among('\u0B95', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9F', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BB1', -1, -1)];
}
}, {
key: 'a_14',
get: function get() {
delete tamilStemmer.a_14;
return tamilStemmer.a_14 = [new Among('\u0BBE', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BCB', -1, -1)];
}
}, {
key: 'a_15',
get: function get() {
delete tamilStemmer.a_15;
return tamilStemmer.a_15 = [new Among('\u0BAA\u0BBF', -1, -1), new Among('\u0BB5\u0BBF', -1, -1)];
}
}, {
key: 'a_16',
get: function get() {
delete tamilStemmer.a_16;
return tamilStemmer.a_16 = [new Among('\u0BBE', -1, -1), new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC1', -1, -1), new Among('\u0BC2', -1, -1), new Among('\u0BC6', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_17',
get: function get() {
delete tamilStemmer.a_17;
return tamilStemmer.a_17 = [new Among('\u0BAA\u0B9F\u0BCD\u0B9F', -1, -1), new Among('\u0BAA\u0B9F\u0BCD\u0B9F\u0BA3', -1, -1), new Among('\u0BA4\u0BBE\u0BA9', -1, -1), new Among('\u0BAA\u0B9F\u0BBF\u0BA4\u0BBE\u0BA9', 2, -1), new Among('\u0B95\u0BC1\u0BB0\u0BBF\u0BAF', -1, -1), new Among('\u0BAA\u0B9F\u0BBF', -1, -1), new Among('\u0BAA\u0BB1\u0BCD\u0BB1\u0BBF', -1, -1), new Among('\u0BAA\u0B9F\u0BC1', -1, -1), new Among('\u0BB5\u0BBF\u0B9F\u0BC1', -1, -1), new Among('\u0BAA\u0B9F\u0BCD\u0B9F\u0BC1', -1, -1), new Among('\u0BB5\u0BBF\u0B9F\u0BCD\u0B9F\u0BC1', -1, -1), new Among('\u0BAA\u0B9F\u0BCD\u0B9F\u0BA4\u0BC1', -1, -1), new Among('\u0BC6\u0BB2\u0BCD\u0BB2\u0BBE\u0BAE\u0BCD', -1, -1)];
}
}, {
key: 'a_18',
get: function get() {
delete tamilStemmer.a_18;
return tamilStemmer.a_18 = [new Among('\u0B95', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9F', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BB1', -1, -1)];
}
}, {
key: 'a_19',
get: function get() {
delete tamilStemmer.a_19;
return tamilStemmer.a_19 = [new Among('\u0B95', -1, -1), new Among('\u0B9A', -1, -1), new Among('\u0B9F', -1, -1), new Among('\u0BA4', -1, -1), new Among('\u0BAA', -1, -1), new Among('\u0BB1', -1, -1)];
}
}, {
key: 'a_20',
get: function get() {
delete tamilStemmer.a_20;
return tamilStemmer.a_20 = [new Among('\u0BBE', -1, -1), new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC1', -1, -1), new Among('\u0BC2', -1, -1), new Among('\u0BC6', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_21',
get: function get() {
delete tamilStemmer.a_21;
return tamilStemmer.a_21 = [new Among('\u0BBE', -1, -1), new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC1', -1, -1), new Among('\u0BC2', -1, -1), new Among('\u0BC6', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_22',
get: function get() {
delete tamilStemmer.a_22;
return tamilStemmer.a_22 = [new Among('\u0BAA\u0B9F\u0BC1', -1, -1), new Among('\u0B95\u0BCA\u0BA3\u0BCD\u0B9F\u0BBF\u0BB0\u0BCD', -1, -1)];
}
}, {
key: 'a_23',
get: function get() {
delete tamilStemmer.a_23;
return tamilStemmer.a_23 = [new Among('\u0B85', -1, -1), new Among('\u0B86', -1, -1), new Among('\u0B87', -1, -1), new Among('\u0B88', -1, -1), new Among('\u0B89', -1, -1), new Among('\u0B8A', -1, -1), new Among('\u0B8E', -1, -1), new Among('\u0B8F', -1, -1), new Among('\u0B90', -1, -1), new Among('\u0B92', -1, -1), new Among('\u0B93', -1, -1), new Among('\u0B94', -1, -1)];
}
}, {
key: 'a_24',
get: function get() {
delete tamilStemmer.a_24;
return tamilStemmer.a_24 = [new Among('\u0BBE', -1, -1), new Among('\u0BBF', -1, -1), new Among('\u0BC0', -1, -1), new Among('\u0BC1', -1, -1), new Among('\u0BC2', -1, -1), new Among('\u0BC6', -1, -1), new Among('\u0BC7', -1, -1), new Among('\u0BC8', -1, -1)];
}
}, {
key: 'a_25',
get: function get() {
delete tamilStemmer.a_25;
return tamilStemmer.a_25 = [new Among('\u0B95\u0BBF\u0BB1', -1, -1), new Among('\u0B95\u0BBF\u0BA9\u0BCD\u0BB1', -1, -1), new Among('\u0BBE\u0BA8\u0BBF\u0BA9\u0BCD\u0BB1', -1, -1), new Among('\u0B95\u0BBF\u0BB1\u0BCD', -1, -1), new Among('\u0B95\u0BBF\u0BA9\u0BCD\u0BB1\u0BCD', -1, -1), new Among('\u0BBE\u0BA8\u0BBF\u0BA9\u0BCD\u0BB1\u0BCD', -1, -1)];
}
}]);
return tamilStemmer;
}(SnowballStemmer);
var stemmer = new tamilStemmer();
return function (word) { stemmer.setCurrent(word); stemmer.stem(); return stemmer.getCurrent(); };
})()
