// The activation bench's baseline: what any extension costs to activate (loading one
// CommonJS file, creating its ExtensionContext and API object), with nothing of its own.
'use strict';

exports.activate = function activate() {};
exports.deactivate = function deactivate() {};
