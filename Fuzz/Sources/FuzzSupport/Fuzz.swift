#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The function under test, set once before the driver starts.
nonisolated(unsafe) private var target: ((UnsafeRawBufferPointer) -> Void)?

/// Hands `body` to libFuzzer's driver with the process's arguments (-max_total_time=…,
/// corpus folders) and exits with its status. `body` gets each input; it must return normally
/// for any input: a trap, a crash, a hang or running out of memory is what the fuzzer finds.
public func fuzz(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = runDriver(&argc, &argv) { data, count in
        target?(UnsafeRawBufferPointer(start: data, count: count))
        return 0
    }
    exit(status)
}
