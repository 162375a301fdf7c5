import Foundation
import PlanCore
import PlanMail
import PlanStore

extension PlanServices {
    /// How many failed log-ins of one name from one address are allowed per window.
    public static let loginLimit = 5
    public static let loginWindow: TimeInterval = 15 * 60
    public static let minimumPasswordLength = 10

    /// Checks a log-in. Failures are counted in the database per account name and client address
    /// (shared by every instance, kept across restarts); after `loginLimit` failures in
    /// `loginWindow` the name is refused from that address until the window passes.
    public func logIn(name: String, password: String, address: String) async throws -> Account {
        let since = Date().addingTimeInterval(-Self.loginWindow)
        if try await store.loginAttempts.failures(name: name, address: address, since: since) >= Self.loginLimit {
            throw ServiceError(.forbidden, "ログインの失敗が続いたため、しばらく受け付けません。15分ほどしてからお試しください。")
        }
        let found = try await store.accounts.account(named: name)
        let verified = try await verify(password, hash: found?.passwordHash)
        guard let account = found, account.active, verified else {
            try await store.loginAttempts.recordFailure(name: name, address: address)
            logger.notice("ログインに失敗しました", metadata: ["user": .string(name), "address": .string(address)])
            throw ServiceError(.unauthenticated, "利用者名またはパスワードが違います。")
        }
        try await store.loginAttempts.reset(name: name, address: address)
        return account
    }

    public func account(id: UUID) async throws -> Account? { try await store.accounts.account(id: id) }

    // bcrypt takes a quarter of a second at cost 12: on the store's thread pool, not on the
    // threads that answer requests. An unknown name is checked against a dummy hash too, so that
    // the answer takes as long as for a wrong password.
    func verify(_ password: String, hash: String?) async throws -> Bool {
        let hasher = self.hasher
        let dummy = Self.dummyHash
        return try await store.threadPool.runIfActive { hasher.verify(password, hash: hash ?? dummy) && hash != nil }
    }

    func hash(_ password: String) async throws -> String {
        let hasher = self.hasher
        return try await store.threadPool.runIfActive { try hasher.hash(password) }
    }

    static let dummyHash = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuRsVrMZLsPSvjJ/pP1Pl6Sn8jqBLDE.a"

    static func checkPassword(_ password: String) throws {
        guard password.count >= minimumPasswordLength else { throw ServiceError.invalid("パスワードは\(minimumPasswordLength)文字以上にしてください") }
    }

    /// Adds an account. Departments' accounts belong to their department's plan; office and
    /// reviewer accounts to one plan, or to every plan (`plan` nil) when the operator says so.
    public func addUser(name raw: String, password: String, role: Role, department: Department?, plan: String?, viewer: Viewer) async throws {
        try requireAccountAdministrator(viewer, plan: role == .department ? department?.plan : plan)
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64, !name.contains(where: { $0.isWhitespace || $0.isNewline }) else {
            throw ServiceError.invalid("利用者名は空白を含まない1〜64文字にしてください")
        }
        if role == .department && department == nil { throw ServiceError.invalid("所管課の利用者には課を指定してください") }
        try Self.checkPassword(password)
        let hash = try await hash(password)
        let planSlug = role == .department ? department?.plan : plan
        do {
            try await store.writeAccounts(plans: planSlug.map { [$0] } ?? []) { w in
                try await w.add(name: name, passwordHash: hash, role: role, department: department, plan: plan, actor: viewer.actor)
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// Changes one's own password (the current one must be given).
    public func changePassword(_ account: Account, current: String, new: String) async throws {
        guard try await verify(current, hash: account.passwordHash) else { throw ServiceError.invalid("今のパスワードが違います") }
        try Self.checkPassword(new)
        if new == current { throw ServiceError.invalid("新しいパスワードは今のパスワードと違うものにしてください") }
        let hash = try await hash(new)
        try await store.writeAccounts(plans: account.plan.map { [$0] } ?? []) { w in
            try await w.setPasswordHash(account, hash: hash, actor: account.name, action: "パスワードの変更", temporary: false)
        }
    }

    /// Sets a new password for an account (the office or the operator), audited. It is a
    /// temporary one: the account must choose its own at the next log-in.
    public func resetPassword(name: String, password: String, viewer: Viewer) async throws {
        guard let account = try await store.accounts.account(named: name) else { throw ServiceError.notFound("利用者「\(name)」はいません") }
        try requireAccountAdministrator(viewer, plan: account.plan)
        try Self.checkPassword(password)
        let hash = try await hash(password)
        try await store.writeAccounts(plans: account.plan.map { [$0] } ?? []) { w in
            try await w.setPasswordHash(account, hash: hash, actor: viewer.actor, action: "パスワードの再設定（仮）", temporary: true)
        }
    }

    /// Makes a temporary password for an account and sets it (the office or the operator): shown
    /// once to whoever asked, to hand to its owner, who must change it at the next log-in.
    public func issueTemporaryPassword(name: String, viewer: Viewer) async throws -> String {
        // No 0/O, 1/l/I: read out over the telephone or copied from a note.
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let password = String((0..<14).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
        try await resetPassword(name: name, password: password, viewer: viewer)
        return password
    }

    /// Sets (or, with an empty text, removes) the address an account's reminders go to: the
    /// account itself, or whoever manages accounts. Refuses what is not one plain address.
    public func setEmail(name: String, email raw: String, viewer: Viewer) async throws {
        guard let account = try await store.accounts.account(named: name) else { throw ServiceError.notFound("利用者「\(name)」はいません") }
        if viewer.account?.id != account.id { try requireAccountAdministrator(viewer, plan: account.plan) }
        let text = JapaneseText.foldWidth(raw).trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, !MailAddress.isValid(text) {
            throw ServiceError.invalid("メールアドレス「\(raw)」は使えません（半角英数字の name@example.lg.jp の形で、1件だけ書いてください）")
        }
        try await store.writeAccounts(plans: account.plan.map { [$0] } ?? []) { w in
            try await w.setEmail(account, email: text.isEmpty ? nil : text, actor: viewer.actor)
        }
    }

    public func setActive(name: String, active: Bool, viewer: Viewer) async throws {
        guard let account = try await store.accounts.account(named: name) else { throw ServiceError.notFound("利用者「\(name)」はいません") }
        try requireAccountAdministrator(viewer, plan: account.plan)
        if account.id == viewer.account?.id, !active { throw ServiceError.invalid("自分自身は無効にできません") }
        try await store.writeAccounts(plans: account.plan.map { [$0] } ?? []) { w in
            try await w.setActive(account, active: active, actor: viewer.actor)
        }
    }

    /// Accounts are managed by the operator, by an office account of every plan, or by an office
    /// account of the plan concerned.
    func requireAccountAdministrator(_ viewer: Viewer, plan: String?) throws {
        if viewer.isOperator { return }
        guard let account = viewer.account, account.role == .office else { throw ServiceError.forbidden("利用者の管理は計画担当の方だけができます") }
        if account.plan == nil { return }
        guard let plan, account.plan == plan else { throw ServiceError.forbidden("ほかの計画の利用者は管理できません") }
    }

    public func accounts(viewer: Viewer, plan: String?) async throws -> [Account] {
        try requireAccountAdministrator(viewer, plan: plan)
        let all = try await store.accounts.all()
        guard let plan else { return all }
        return all.filter { $0.belongs(to: plan) }
    }
}
