import Foundation

/// The open data described for machines: `datapackage.json` (Frictionless Data, a Table Schema
/// per table with types, units, constraints and keys, checked by `frictionless validate`) and
/// `catalog.jsonld` (DCAT in JSON-LD, what CKAN-based portals harvest). Both are written from
/// `DataDictionary` and the files themselves, so a column cannot be described differently from
/// how it is written. Documented in `docs/open-data.md`.
public enum DataPackage {
    /// When the data was published and last changed.
    public struct Dates: Sendable {
        /// The day the plan (its structure and targets) was loaded.
        public var plan: CalendarDay
        /// Per year with published figures: the first and the latest day a department published them.
        public var years: [FiscalYear: ClosedRange<CalendarDay>]
        public init(plan: CalendarDay, years: [FiscalYear: ClosedRange<CalendarDay>]) {
            self.plan = plan
            self.years = years
        }

        /// From the published years themselves (each one's first and latest publication day).
        public init(plan: CalendarDay, published: [OpenDataFiles.YearData]) {
            var years: [FiscalYear: ClosedRange<CalendarDay>] = [:]
            for y in published { years[y.year] = y.publicationDays }
            self.init(plan: plan, years: years)
        }

        var issued: CalendarDay { ([plan] + years.values.map(\.lowerBound)).min() ?? plan }
        var modified: CalendarDay { ([plan] + years.values.map(\.upperBound)).max() ?? plan }
    }

    public static let descriptorName = "datapackage.json"
    public static let catalogueName = "catalog.jsonld"

    /// The files with `datapackage.json` and `catalog.jsonld` added; `archive` names the ZIP of
    /// them all, which the catalogue lists too.
    public static func adding(to files: [String: Data], plan: Plan, dates: Dates, archive: String) throws -> [String: Data] {
        var out = files
        out[descriptorName] = try descriptor(files: files, plan: plan, dates: dates)
        out[catalogueName] = try catalogue(files: out, plan: plan, dates: dates, archive: archive)
        return out
    }

    // MARK: - Frictionless

    /// A resource name as Frictionless allows (`actuals-R6.csv` → `actuals-r6`).
    static func resourceName(_ file: String) -> String {
        var base = file
        for ext in [".csv", ".xlsx", ".json"] where base.hasSuffix(ext) {
            base = String(base.dropLast(ext.count)) + (ext == ".csv" ? "" : "-" + ext.dropFirst())
        }
        return base.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? String($0) : "-" }.joined()
    }

    /// The year a file is of (`actuals-R6.csv` → R6), for its dates.
    static func year(of file: String) -> FiscalYear? {
        let base = file.split(separator: ".").first.map(String.init) ?? file
        return base.split(separator: "-").lazy.compactMap { FiscalYear(parsing: String($0)) }.first
    }

    static func dates(of file: String, _ dates: Dates) -> (issued: CalendarDay, modified: CalendarDay) {
        if let y = year(of: file), let range = dates.years[y] { return (range.lowerBound, range.upperBound) }
        return (dates.plan, dates.plan)
    }

    static let fiscalYearPattern = "[A-Z][0-9]+|FY[0-9]{4}"

    /// The Table Schema field of one header.
    static func field(_ header: String, column: DataDictionary.Column?, primaryKey: Bool) -> JSONValue {
        var f: [String: JSONValue] = ["name": .string(header)]
        var constraints: [String: JSONValue] = [:]
        guard let column else {
            f["type"] = .string("string")
            return .object(f)
        }
        var description = column.meaning + " / " + column.meaningEnglish
        if let y = column.year(in: header) {
            // 目標値(R6): the year in both calendars.
            description += "（\(y.code) = \(y.westernYear)年度）"
            f["fiscalYear"] = .string(y.code)
            f["westernYear"] = .int(y.westernYear)
        }
        f["description"] = .string(description)
        if !column.unit.isEmpty {
            f["unit"] = .string(column.unit == DataDictionary.unitColumn ? "同じ行の「単位」の値 / the row's 単位" : column.unit)
        }
        switch column.type {
        case .text, .mark: f["type"] = .string("string")
        case .integer: f["type"] = .string("integer")
        case .number: f["type"] = .string("number")
        case .boolean:
            f["type"] = .string("boolean")
            f["trueValues"] = .array([.string("true")])
            f["falseValues"] = .array([.string("false")])
        case .fiscalYear:
            f["type"] = .string("string")
            constraints["pattern"] = .string(fiscalYearPattern)
        case .westernYear: f["type"] = .string("year")
        case .date: f["type"] = .string("date")
        case .municipalityCode:
            f["type"] = .string("string")
            constraints["pattern"] = .string("[0-9]{6}")
        }
        if column.required || primaryKey { constraints["required"] = .bool(true) }
        if !constraints.isEmpty { f["constraints"] = .object(constraints) }
        return .object(f)
    }

    /// A CSV's Table Schema, from its header row and the dictionary's entry for it.
    static func schema(header: [String], entry: DataDictionary.File?, plan: Plan, files: [String: Data], foreignKeys: Bool) -> JSONValue {
        let flags = plan.flags.map(\.name)
        var schema: [String: JSONValue] = [
            "fields": .array(
                header.map { h in
                    field(h, column: entry?.columns.first { $0.matches(h, flags: flags) }, primaryKey: entry?.primaryKey.contains(h) ?? false)
                }),
            // Empty is not reported (never zero); `-` is a year printed with no target.
            "missingValues": .array([.string(""), .string("-")]),
        ]
        if let entry, !entry.primaryKey.isEmpty { schema["primaryKey"] = .array(entry.primaryKey.map(JSONValue.string)) }
        if foreignKeys, let entry {
            var keys: [JSONValue] = []
            for k in entry.foreignKeys where k.columns.allSatisfy(header.contains) {
                let target = k.file.map { resourceName($0) } ?? ""
                if let file = k.file, files[file] == nil { continue }
                keys.append(
                    .object([
                        "fields": .array(k.columns.map(JSONValue.string)),
                        "reference": .object(["resource": .string(target), "fields": .array(k.reference.map(JSONValue.string))]),
                    ]))
            }
            if !keys.isEmpty { schema["foreignKeys"] = .array(keys) }
        }
        return .object(schema)
    }

    static func licence(_ plan: Plan) -> JSONValue {
        .object([
            "name": .string(plan.licence.spdx ?? "PDL-1.0"), "path": .string(plan.licence.url),
            "title": .string(plan.licence.name),
        ])
    }

    /// The reference copy of each table is its UTF-8 CSV; the CP932 copy and the workbook are
    /// described with the same schema (so the validator reads them too), without foreign keys.
    public static func descriptor(files: [String: Data], plan: Plan, dates: Dates) throws -> Data {
        var resources: [JSONValue] = []
        // Each table's header, read once for its three forms.
        var headers: [String: [String]] = [:]
        for name in files.keys.sorted() {
            let data = files[name]!
            let reference = name.hasSuffix(".csv") && !name.hasSuffix("-cp932.csv")
            let tabular = name.hasSuffix(".csv") || name.hasSuffix(".xlsx")
            let entry = DataDictionary.file(name)
            let (issued, modified) = self.dates(of: name, dates)
            var r: [String: JSONValue] = [
                "name": .string(resourceName(name)), "path": .string(name), "bytes": .int(data.count),
                "title": .string(name), "description": .string(entry.map { $0.meaning + " / " + $0.meaningEnglish } ?? ""),
                "issued": .string(issued.description), "modified": .string(modified.description),
            ]
            if tabular {
                let source = OpenDataFiles.referenceCSV(of: name)
                if headers[source] == nil, let csv = files[source] { headers[source] = try CSVTable.records(csv, name: source).records.first }
                guard let header = headers[source] else { continue }
                r["profile"] = .string("tabular-data-resource")
                r["schema"] = schema(header: header, entry: entry, plan: plan, files: files, foreignKeys: reference)
                // Python's codec names, which the validator passes on: CP932 is `cp932`.
                if name.hasSuffix(".csv") { r["encoding"] = .string(reference ? "utf-8" : "cp932") }
            } else if !name.hasSuffix(".json") {
                continue
            }
            let media = OpenDataFiles.mediaType(of: name)
            r["format"] = .string(media.format.lowercased())
            r["mediatype"] = .string(media.type)
            resources.append(.object(r))
        }
        let descriptor: JSONValue = .object([
            "profile": .string("data-package"),
            "name": .string(resourceName(plan.id)),
            "title": .string(plan.title),
            "description": .string(summary(plan)),
            "language": .string("ja"),
            "municipalityCode": JSONValue(plan.municipalityCode),
            "municipality": .string(plan.municipality),
            "licenses": .array([licence(plan)]),
            "sources": .array([.object(["title": .string("\(plan.municipality)「\(plan.title)」")])]),
            "contributors": .array([.object(["title": .string(plan.municipality), "role": .string("publisher")])]),
            "issued": .string(dates.issued.description), "modified": .string(dates.modified.description),
            "resources": .array(resources),
        ])
        return try OpenData.encoder(pretty: true).encode(descriptor)
    }

    // MARK: - DCAT

    static func date(_ day: CalendarDay) -> JSONValue { .object(["@value": .string(day.description), "@type": .string("xsd:date")]) }

    /// A DCAT catalogue of one dataset (the plan's open data) with a distribution per file. The
    /// addresses are relative to the catalogue's own, which sits beside the files (in the web's
    /// `/opendata/`, the published site and the archive alike).
    public static func catalogue(files: [String: Data], plan: Plan, dates: Dates, archive: String) throws -> Data {
        let publisher: JSONValue = .object([
            "@type": .string("foaf:Organization"), "foaf:name": .string(plan.municipality),
            "dct:identifier": JSONValue(plan.municipalityCode),
        ])
        let licence: JSONValue = .object(["@id": .string(plan.licence.url)])
        var distributions: [JSONValue] = []
        for name in files.keys.sorted() where name != catalogueName {
            let (type, _, format) = OpenDataFiles.mediaType(of: name)
            let (issued, modified) = self.dates(of: name, dates)
            let entry = DataDictionary.file(name)
            var d: [String: JSONValue] = [
                "@id": .string("#" + resourceName(name)), "@type": .string("dcat:Distribution"), "dct:title": .string(name),
                "dcat:downloadURL": .object(["@id": .string(name)]), "dcat:accessURL": .object(["@id": .string(name)]),
                "dcat:mediaType": .string(type), "dct:format": .string(format), "dcat:byteSize": .int(files[name]!.count),
                "dct:license": licence, "dct:issued": date(issued), "dct:modified": date(modified),
            ]
            if let entry { d["dct:description"] = .array([lang(entry.meaning, "ja"), lang(entry.meaningEnglish, "en")]) }
            if name.hasSuffix("-cp932.csv") { d["cnt:characterEncoding"] = .string("Windows-31J") }
            if name.hasSuffix(".csv") && !name.hasSuffix("-cp932.csv") { d["cnt:characterEncoding"] = .string("UTF-8") }
            if name != descriptorName, files[descriptorName] != nil, name.hasSuffix(".csv") || name.hasSuffix(".xlsx") {
                d["dct:conformsTo"] = .object(["@id": .string(descriptorName + "#" + resourceName(name))])
            }
            distributions.append(.object(d))
        }
        // The archive holds every file above (and this catalogue): its size is known only once it is made.
        distributions.append(
            .object([
                "@id": .string("#" + resourceName(archive)), "@type": .string("dcat:Distribution"), "dct:title": .string(archive),
                "dct:description": .array([lang("すべてのファイルをまとめたZIP", "ja"), lang("Every file in one ZIP archive", "en")]),
                "dcat:downloadURL": .object(["@id": .string(archive)]), "dcat:accessURL": .object(["@id": .string(archive)]),
                "dcat:mediaType": .string("application/zip"), "dct:format": .string("ZIP"), "dct:license": licence,
                "dct:issued": date(dates.issued), "dct:modified": date(dates.modified),
            ]))
        var dataset: [String: JSONValue] = [
            "@id": .string("#dataset"), "@type": .string("dcat:Dataset"),
            "dct:identifier": .string([plan.municipalityCode, plan.id].compactMap { $0 }.joined(separator: "-")),
            "dct:title": .array([lang(plan.title, "ja")] + (plan.titleEnglish.map { [lang($0, "en")] } ?? [])),
            "dct:description": lang(summary(plan), "ja"),
            "dct:publisher": publisher, "dct:license": licence, "dct:language": .object(["@id": .string("http://id.loc.gov/vocabulary/iso639-1/ja")]),
            "dct:issued": date(dates.issued), "dct:modified": date(dates.modified),
            "dcat:keyword": .array(["行政評価", "実績", "指標", plan.indicatorLabel].map { lang($0, "ja") }),
            "dct:spatial": .object(["@type": .string("dct:Location"), "skos:prefLabel": lang(plan.municipality, "ja")]),
            "dcat:landingPage": .object(["@id": .string("./")]),
            "dcat:distribution": .array(distributions),
        ]
        if let code = plan.municipalityCode {
            dataset["dct:spatial"] = .object([
                "@type": .string("dct:Location"), "skos:prefLabel": lang(plan.municipality, "ja"), "dct:identifier": .string(code),
            ])
        }
        let catalogue: JSONValue = .object([
            "@context": .object([
                "dcat": .string("http://www.w3.org/ns/dcat#"), "dct": .string("http://purl.org/dc/terms/"),
                "foaf": .string("http://xmlns.com/foaf/0.1/"), "skos": .string("http://www.w3.org/2004/02/skos/core#"),
                "xsd": .string("http://www.w3.org/2001/XMLSchema#"), "cnt": .string("http://www.w3.org/2011/content#"),
            ]),
            "@id": .string("#catalog"), "@type": .string("dcat:Catalog"),
            "dct:title": lang("\(plan.municipality) \(plan.title) オープンデータ", "ja"),
            "dct:publisher": publisher, "dct:license": licence, "dct:modified": date(dates.modified),
            "dcat:dataset": .array([.object(dataset)]),
        ])
        return try OpenData.encoder(pretty: true).encode(catalogue)
    }

    /// What the dataset holds, in a sentence.
    static func summary(_ plan: Plan) -> String {
        "\(plan.municipality)「\(plan.title)」の構造・指標・目標値と、公表された年度ごとの実績・評価"
    }

    static func lang(_ text: String, _ language: String) -> JSONValue {
        .object(["@value": .string(text), "@language": .string(language)])
    }
}
