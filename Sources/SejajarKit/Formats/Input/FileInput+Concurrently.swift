
extension FileInput {
    /// `read(k)` for every `k` in `0..<count` on all cores, each reading its files: the results
    /// in the order of `k`, each a value or the error that stopped that reading. A caller that
    /// stops at the first failure takes it in its own order, so the error is the one reading
    /// one file after another would meet first.
    static func concurrently<T: Sendable>(_ count: Int, _ read: @Sendable (Int) throws(SejajarError) -> T) -> [Result<T, SejajarError>] {
        AllCores.map(count) { k in
            do throws(SejajarError) { return .success(try read(k)) } catch { return .failure(error) }
        }
    }
}
