/// Work on items 0..<count in `parallel` lanes, each taking every `parallel`-th item in turn (the
/// benchmarks' many plans at once); the results in the items' order.
public enum Lanes {
    public static func map<T: Sendable>(
        _ count: Int, parallel: Int, _ body: @escaping @Sendable (Int) async throws -> T
    ) async throws -> [T] {
        let lanes = max(1, min(parallel, count))
        return try await withThrowingTaskGroup(of: [(Int, T)].self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    var mine: [(Int, T)] = []
                    for i in stride(from: lane, to: count, by: lanes) { mine.append((i, try await body(i))) }
                    return mine
                }
            }
            var all: [(Int, T)] = []
            for try await part in group { all += part }
            return all.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
