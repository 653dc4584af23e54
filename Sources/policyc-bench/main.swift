import Foundation

// `policyc-bench generate|run …`: the generator's command line and the benchmark.
AllocatorTuning.keepFreedMemory()
let code = BenchCommand.run(Array(CommandLine.arguments.dropFirst()))
exit(code)
