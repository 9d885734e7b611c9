#pragma once

#include "core/util/result.h"

#include <QString>

namespace MotCua::Sync
{

// Where a counter keeps its device token (docs/sync-protocol.md §14): in the desktop's keychain (the Secret Service
// of GNOME or KDE, through QtKeychain) when the session has one, else in a file only its user can read. The file
// `sync-token` beside the store always exists once enrolled: it holds either the token itself or the line
// "keychain", saying where the token is.
class TokenVault
{
public:
    static constexpr auto kFile = "sync-token";
    static constexpr auto kKeychainMark = "keychain";

    enum class Place { None, File, Keychain };

    TokenVault(QString dataDir, QString deviceId);

    // Keeps `token`: in the keychain if one answers (unless MOTCUA_TOKEN_STORE=file), else in the file. The place it
    // went comes back.
    Result<Place> save(const QString &token);
    // The token, or empty when this counter is not enrolled. A token kept in a keychain this session cannot reach
    // (a cron job without the desktop's session bus) is an error that says so and what to do.
    Result<QString> load();
    // Where the token is, from the file alone (no keychain call: the status bar asks often).
    Place place() const;
    // The place in words, for the Sync page and the CLI ("kept in the desktop's keychain", ...); `key` is the
    // machine name of the JSON outputs ("keychain", "file", "").
    static QString placeText(Place place);
    static QString placeKey(Place place);

private:
    QString filePath() const;
    QString key() const;

    QString m_dataDir;
    QString m_deviceId;
};

} // namespace MotCua::Sync
