#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QCoreApplication;
class QSettings;
class QWidget;

namespace MotCua::Ui
{

// The user interface languages: Vietnamese (the default) and English.
inline constexpr auto kLanguageVietnamese = "vi";
inline constexpr auto kLanguageEnglish = "en";

// Typed access to the IniFormat settings file (Paths::settingsFile). The file path is explicit so that tests and
// the composition root choose it; there is no global instance.
class AppSettings final
{
public:
    explicit AppSettings(const QString &fileName);
    ~AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    QString fileName() const;

    // "vi" unless the key ui/language says "en".
    QString language() const;
    void setLanguage(const QString &language);

    QString lastUsername() const;
    void setLastUsername(const QString &username);

    // Stored under ui/<key>/<name>, e.g. ui/mainWindow/geometry.
    QByteArray uiState(const QString &key, const QString &name) const;
    void setUiState(const QString &key, const QString &name, const QByteArray &value);
    void saveGeometry(const QWidget *widget);
    void restoreGeometry(QWidget *widget) const;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

// Loads qtbase_<language> from Qt's translations directory (or, when the system has none, the built-in
// :/i18n/qtbase_<language>.qm), then :/i18n/motcua_<language>.qm, and installs them on `app`. A missing catalogue is
// logged, never fatal. Returns whether the application catalogue was loaded.
bool installTranslations(QCoreApplication &app, const QString &language);
// Removes what installTranslations installed (tests switch languages and back).
void removeTranslations(QCoreApplication &app);

} // namespace MotCua::Ui
