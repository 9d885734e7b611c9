#include "ui/admin/restoreflow.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include "core/domain/ids.h"
#include "core/services/backupservice.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

QString RestoreFlow::describe(const BackupInfo &info)
{
    const QLocale locale;
    QString html = u"<table cellspacing=\"4\">"_s;
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    row(tr("File"), QDir::toNativeSeparators(info.path));
    row(tr("Commune"), tr("%1 (%2)").arg(info.communeName, info.communeCode));
    row(tr("Events"), locale.toString(info.events));
    row(tr("Dossiers"), locale.toString(info.dossiers));
    row(tr("Accounts"), locale.toString(info.users));
    row(tr("Last change"), info.lastEventAt.isValid()
                               ? locale.toString(Time::toVietnam(info.lastEventAt), u"dd/MM/yyyy HH:mm"_s)
                               : tr("none"));
    row(tr("Size"), locale.formattedDataSize(info.sizeBytes));
    html += u"</table>"_s;
    if (info.ok())
        html += u"<p><b>"_s + tr("Check: OK — the file is sound and every event chain holds.").toHtmlEscaped() +
                u"</b></p>"_s;
    else
        html += u"<p><b>"_s + tr("Check FAILED: this backup cannot be restored.").toHtmlEscaped() + u"</b><br>"_s +
                info.problems.join(u"<br>"_s).toHtmlEscaped() + u"</p>"_s;
    return html;
}

QString RestoreFlow::howToStart(const QString &dataDir)
{
    return tr("Start MotCua Desk with this data folder: motcua --data-dir \"%1\" (or set MOTCUA_DATA_DIR).")
        .arg(QDir::toNativeSeparators(dataDir));
}

QString RestoreFlow::run(QWidget *parent, const QString &backupFolder)
{
    const QString start = !backupFolder.isEmpty() && QFileInfo(backupFolder).isDir()
                              ? backupFolder
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getOpenFileName(parent, tr("Choose a backup"), start,
                                                      tr("MotCua backups (motcua-*.db);;All files (*)"));
    if (file.isEmpty())
        return {};
    auto info = BackupService::inspect(file);
    if (!info) {
        QMessageBox::warning(
            parent, tr("Restore a backup"),
            tr("This file cannot be read as a MotCua backup.\n\n%1").arg(ErrorText::message(info.error())));
        return {};
    }
    if (!info->ok()) {
        QMessageBox::warning(parent, tr("Restore a backup"), describe(*info));
        return {};
    }
    QMessageBox preview(QMessageBox::Question, tr("Restore a backup"),
                        tr("<p>This backup holds:</p>%1<p>It is restored into a <b>new, empty</b> data folder; the "
                           "data in use now is not changed. Choose that folder next.</p>")
                            .arg(describe(*info)),
                        QMessageBox::Ok | QMessageBox::Cancel, parent);
    preview.setObjectName(u"restorePreview"_s);
    preview.button(QMessageBox::Ok)->setText(tr("Choose the new data folder…"));
    if (preview.exec() != QMessageBox::Ok)
        return {};
    const QString dir =
        QFileDialog::getExistingDirectory(parent, tr("New, empty data folder"), QFileInfo(file).absolutePath());
    if (dir.isEmpty())
        return {};
    if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        QMessageBox::warning(parent, tr("Restore a backup"),
                             tr("The folder %1 is not empty. Choose or create an empty folder: nothing is ever "
                                "restored over existing data.")
                                 .arg(QDir::toNativeSeparators(dir)));
        return {};
    }
    // One device id writes one chain: a copy becomes a counter of its own; only a PC that will never run again
    // may be replaced.
    QMessageBox role(QMessageBox::Question, tr("Restore a backup"),
                     tr("<p>Does this PC <b>replace</b> the one the backup came from (it is broken, lost or will never "
                        "be used again), or is it a <b>copy</b> beside it (a second counter, a training copy)?</p>"
                        "<p>A copy gets its own counter identity and dossier numbers. Choose “replaces” only when the "
                        "old PC will not be started again: two PCs with one identity would number dossiers twice.</p>"),
                     QMessageBox::NoButton, parent);
    role.setObjectName(u"restoreRole"_s);
    QAbstractButton *copy = role.addButton(tr("A &copy (new counter)"), QMessageBox::AcceptRole);
    QAbstractButton *replace = role.addButton(tr("&Replaces the old PC"), QMessageBox::DestructiveRole);
    role.addButton(QMessageBox::Cancel);
    role.setDefaultButton(qobject_cast<QPushButton *>(copy));
    role.exec();
    if (role.clickedButton() != copy && role.clickedButton() != replace)
        return {};
    const auto as =
        role.clickedButton() == replace ? BackupService::RestoreAs::Replacement : BackupService::RestoreAs::Copy;
    auto restored = BackupService::restore(file, dir, as);
    if (!restored) {
        QMessageBox::warning(parent, tr("Restore a backup"),
                             tr("The backup could not be restored.\n\n%1").arg(ErrorText::message(restored.error())));
        return {};
    }
    return dir;
}

} // namespace MotCua::Ui
