// dart run example/main.dart   (with libtailor.so.0 on the loader path, or
// TAILOR_LIBRARY=/path/to/libtailor.so)
import 'dart:io';

import 'package:tailor_core/tailor_core_ffi.dart';

Future<void> main() async {
  final core = await load(libraryPath: Platform.environment['TAILOR_LIBRARY']);
  print('tailor-core ${core.version} (contract ${core.contractVersion})');
  for (final op in core.operations) {
    print('  ${op.name}: ${op.summary}');
  }
  print(core.call('core.version', '{}'));
  try {
    core.invoke('core.version', {'unexpected': true});
  } on TailorException catch (e) {
    print('${e.code}: ${e.message} ${e.details}');
  }
}
