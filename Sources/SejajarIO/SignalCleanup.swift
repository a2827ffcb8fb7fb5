import SejajarKit
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Removes the temporary files of outputs being written when the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP), then lets the signal end the process as it would have: a user who
/// presses Ctrl-C in the last moments of a long run finds the old output intact and no
/// `.NAME.PID.tmp` beside it.
///
/// The handler only unlinks paths copied in advance (`unlink` is async-signal-safe); registering
/// and unregistering happen outside it.
public enum SignalCleanup {
    private static let capacity = 256
    /// The C strings of the temporary paths; a slot is nil when free. Read by the handler.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = Mutex(())

    /// Installs the handlers; call once, early, from a program that writes outputs.
    public static func install() {
        _ = slots
        // A parent may have started us with these signals blocked; a user's Ctrl-C must arrive.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                for k in 0..<SignalCleanup.capacity {
                    if let path = SignalCleanup.slots[k] { unlink(path) }
                }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            sigaddset(&set, signal)
        }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Remembers `path` for removal on a signal; returns the slot to give `forget`, or nil when
    /// all slots are taken (the file is then only removed on errors).
    static func remember(_ path: String) -> Int? {
        let copy = strdup(path)
        return lock.withLock { _ in
            for k in 0..<capacity where slots[k] == nil {
                slots[k] = copy
                return k
            }
            free(copy)
            return nil
        }
    }

    /// Forgets the path in `slot` (it was renamed or removed).
    static func forget(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in
            let copy = slots[slot]
            slots[slot] = nil
            free(copy)
        }
    }
}
