import Foundation

/// The terms a plan's open data is published under: CC BY 4.0 by default, or the Digital
/// Agency's 公共データ利用規約（第1.0版）(PDL 1.0), which is compatible with it.
public enum OpenDataLicence: String, CaseIterable, Codable, Sendable {
    case ccBy40 = "CC BY 4.0"
    case publicData10 = "公共データ利用規約（第1.0版）"

    /// The name as written in plan.csv and shown in Japanese.
    public var name: String {
        switch self {
        case .ccBy40: "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）"
        case .publicData10: "公共データ利用規約（第1.0版）（PDL1.0）"
        }
    }

    public var nameEnglish: String {
        switch self {
        case .ccBy40: "Creative Commons Attribution 4.0 International (CC BY 4.0)"
        case .publicData10: "Public Data License (Version 1.0) (PDL1.0)"
        }
    }

    /// The SPDX identifier where there is one (for data-package metadata).
    public var spdx: String? {
        switch self {
        case .ccBy40: "CC-BY-4.0"
        case .publicData10: nil
        }
    }

    public var url: String {
        switch self {
        case .ccBy40: "https://creativecommons.org/licenses/by/4.0/deed.ja"
        case .publicData10: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0"
        }
    }

    /// Reads how people write it: `CC BY 4.0`, `CC-BY-4.0`, `公共データ利用規約`, `PDL1.0` …
    public init?(parsing text: String) {
        let t = JapaneseText.foldWidth(text).lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        if t.isEmpty || ["ccby4.0", "ccby40", "ccby"].contains(t) {
            self = .ccBy40
        } else if t.hasPrefix("公共データ利用規約") || t.hasPrefix("pdl1.0") || t == "pdl" {
            self = .publicData10
        } else {
            return nil
        }
    }

    /// The terms in a sentence, with how to credit the source.
    public func statement(municipality: String, planTitle: String) -> String {
        "このデータは\(name)で提供します（\(url)）。利用するときは出典を示してください。出典の記載例: 「\(municipality)『\(planTitle)』オープンデータ」（加工したときは、加工したことも示してください）。"
    }

    public func statementEnglish(municipality: String, planTitle: String) -> String {
        "This data is published under the \(nameEnglish) (\(url)). Credit the source when you use it, for example: “\(municipality), \(planTitle), open data” (and say so when you have changed it)."
    }
}
