import Crypto
import Foundation
import PlanCore
import Testing

@testable import PlanWeb

@Suite("グラフの座標と ETag の文字")
struct ChartNumberTests {
    @Test("グラフの座標は小数1桁で、%.1f と同じ文字（四捨五入の境目・負の数・0 に近い負の数・大きな数も）")
    func tenthsAsPrintfWritesThem() {
        let cases: [(Double, String)] = [
            (0, "0.0"), (1, "1.0"), (12.34, "12.3"), (12.36, "12.4"), (-3.21, "-3.2"), (-0.04, "-0.0"), (99.95, "100.0"),
            (0.25, "0.2"), (0.35, "0.3"), (2.675, "2.7"), (1234567.89, "1234567.9"), (-0.0, "-0.0"), (40.05, "40.0"),
        ]
        for (v, expected) in cases { #expect(Charts.tenths(v) == expected, "\(v)") }
        // And agreement with Foundation's formatter across the coordinates a chart draws.
        var random = SeededRandom(seed: 7)
        for _ in 0..<20_000 {
            let v = Double(random.below(2_000_000)) / 997.0 - 500
            #expect(Charts.tenths(v) == String(format: "%.1f", v), "\(v)")
        }
    }

    @Test("ETag・トークンの要約は16進の小文字（SHA-256 の既知の値）")
    func hexOfADigest() {
        #expect(Hex.string(SHA256.hash(data: Data("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hex.string([0x00, 0x0f, 0xf0, 0xff]) == "000ff0ff")
        #expect(Hex.string([UInt8]()) == "")
    }
}
