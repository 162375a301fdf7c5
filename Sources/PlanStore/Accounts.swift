import FluentKit
import FluentSQL
import Foundation
import PlanCore

/// Accounts of the installation (an account belongs to one plan or to every plan).
public struct Accounts: Sendable {
    let database: any Database

    init(database: any Database) { self.database = database }

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }

    public func all() async throws -> [Account] {
        let reader = RowReader(database: database)
        let departments = try await reader.rows(DepartmentRecord.schema, columns: ["id", "plan_slug", "name"], where: [])
        var byID: [UUID: Department] = [:]
        for d in departments {
            let id = try d.uuid("id")
            byID[id] = Department(id: id, plan: try d.text("plan_slug"), name: try d.text("name"))
        }
        let users = try await reader.rows(
            UserRecord.schema,
            columns: ["id", "name", "password_hash", "role", "department_id", "active", "plan_slug", "email", "must_change_password"],
            where: [], orderBy: ["name"])
        return try users.map { u in
            let roleText = try u.text("role")
            guard let role = Role(rawValue: roleText) else { throw StoreError.invalid("users.role", roleText) }
            var department: Department? = nil
            if let text = try u.optionalText("department_id") {
                guard let id = UUID(uuidString: text) else { throw StoreError.invalid("users.department_id", text) }
                department = byID[id]
            }
            var account = Account(
                id: try u.uuid("id"), name: try u.text("name"), role: role, department: department, passwordHash: try u.text("password_hash"),
                active: try u.bool("active"), plan: try u.optionalText("plan_slug"), email: try u.optionalText("email")?.nonEmpty)
            account.mustChangePassword = try u.optionalBool("must_change_password")
            return account
        }
    }

    public func account(named name: String) async throws -> Account? { try await all().first { $0.name == name } }
    public func account(id: UUID) async throws -> Account? { try await all().first { $0.id == id } }

    public func hasOfficeAccount() async throws -> Bool {
        try await UserRecord.query(on: database).filter(\.$role == Role.office.rawValue).count() > 0
    }
}

/// Writes to accounts, inside a write transaction, audited (with the account's plan, or for the
/// installation when it belongs to every plan).
public struct AccountsWriter: Sendable {
    public let read: Accounts
    let database: any Database

    init(database: any Database) {
        self.read = Accounts(database: database)
        self.database = database
    }

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }

    func audit(plan: String?, actor: String, action: String, key: String, before: String, after: String) async throws {
        try await sql.insert(into: AuditRecord.schema)
            .columns("id", "at", "actor", "action", "entity", "entity_key", "before", "after", "plan_slug")
            .values(
                SQLBind(UUID()), SQLBind(Date()), SQLBind(actor), SQLBind(action), SQLBind("user"), SQLBind(key), SQLBind(before), SQLBind(after),
                plan.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null
            )
            .run()
    }

    public func add(name: String, passwordHash: String, role: Role, department: Department?, plan: String?, actor: String) async throws {
        if try await read.account(named: name) != nil { throw CycleStoreError.duplicate("利用者「\(name)」はすでにいます") }
        let planSlug = role == .department ? department?.plan : plan
        try await sql.insert(into: UserRecord.schema)
            .columns("id", "name", "password_hash", "role", "department_id", "active", "created_at", "plan_slug")
            .values(
                SQLBind(UUID()), SQLBind(name), SQLBind(passwordHash), SQLBind(role.rawValue),
                (role == .department ? department?.id : nil).map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                SQLBind(true), SQLBind(Date()), planSlug.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null
            )
            .run()
        try await audit(
            plan: planSlug, actor: actor, action: "利用者の追加", key: name, before: "",
            after: AuditEntry.fields([("役割", role.label)] + (department.map { [("課", $0.name)] } ?? []) + [("計画", planSlug ?? "すべて")]))
    }

    public func setActive(_ account: Account, active: Bool, actor: String) async throws {
        try await sql.update(UserRecord.schema).set("active", to: SQLBind(active)).where("id", .equal, SQLBind(account.id)).run()
        try await audit(
            plan: account.plan, actor: actor, action: active ? "利用者の有効化" : "利用者の無効化", key: account.name,
            before: account.active ? "有効" : "無効", after: active ? "有効" : "無効")
    }

    /// Sets (or, with nil, removes) the address reminders go to.
    public func setEmail(_ account: Account, email: String?, actor: String) async throws {
        try await sql.update(UserRecord.schema).set("email", to: email.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null)
            .where("id", .equal, SQLBind(account.id)).run()
        try await audit(
            plan: account.plan, actor: actor, action: "メールアドレスの変更", key: account.name, before: account.email ?? "",
            after: email ?? "")
    }

    /// Sets a password; `temporary`: one the office set, which the account must change at its
    /// next log-in.
    public func setPasswordHash(_ account: Account, hash: String, actor: String, action: String, temporary: Bool = false) async throws {
        try await sql.update(UserRecord.schema).set("password_hash", to: SQLBind(hash)).set("must_change_password", to: SQLBind(temporary))
            .where("id", .equal, SQLBind(account.id)).run()
        try await audit(plan: account.plan, actor: actor, action: action, key: account.name, before: "", after: "")
    }
}

/// Failed log-ins, kept in the database so that the limit holds across instances and restarts.
public struct LoginAttempts: Sendable {
    let database: any Database

    init(database: any Database) { self.database = database }

    /// How many failures for this name and address since `since`.
    public func failures(name: String, address: String, since: Date) async throws -> Int {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(Schema.loginAttempts)
            .where("name", .equal, SQLBind(name)).where("address", .equal, SQLBind(address)).where("at", .greaterThanOrEqual, SQLBind(since)).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    public func recordFailure(name: String, address: String, at: Date = Date()) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.insert(into: Schema.loginAttempts).columns("id", "name", "address", "at")
            .values(SQLBind(UUID()), SQLBind(name), SQLBind(address), SQLBind(at)).run()
        // Old failures are forgotten.
        try await sql.delete(from: Schema.loginAttempts).where("at", .lessThan, SQLBind(at.addingTimeInterval(-86_400))).run()
    }

    public func reset(name: String, address: String) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.delete(from: Schema.loginAttempts).where("name", .equal, SQLBind(name)).where("address", .equal, SQLBind(address)).run()
    }
}

/// Web sessions by id: the data a session cookie names, with its expiry.
public struct Sessions: Sendable {
    let database: any Database

    init(database: any Database) { self.database = database }

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }

    public func read(_ id: String, now: Date = Date()) async throws -> [String: String]? {
        guard let row = try await sql.select().columns("data", "expires_at").from(Schema.sessions).where("id", .equal, SQLBind(id)).first() else {
            return nil
        }
        let expires = try row.decode(column: "expires_at", as: Int64.self)
        guard Double(expires) > now.timeIntervalSince1970 else { return nil }
        let text = try row.decode(column: "data", as: String.self)
        return (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }

    public func write(_ id: String, data: [String: String], expires: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(data), as: UTF8.self)
        try await sql.insert(into: Schema.sessions).columns("id", "data", "expires_at")
            .values(SQLBind(id), SQLBind(text), SQLBind(Int64(expires.timeIntervalSince1970)))
            .onConflict(with: ["id"]) { $0.set("data", to: SQLBind(text)).set("expires_at", to: SQLBind(Int64(expires.timeIntervalSince1970))) }
            .run()
    }

    public func delete(_ id: String) async throws {
        try await sql.delete(from: Schema.sessions).where("id", .equal, SQLBind(id)).run()
    }

    public func deleteExpired(now: Date = Date()) async throws {
        try await sql.delete(from: Schema.sessions).where("expires_at", .lessThan, SQLBind(Int64(now.timeIntervalSince1970))).run()
    }
}
