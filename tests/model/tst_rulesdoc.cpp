// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// docs/rules.md is generated from the rule table; this keeps the two in step. When they differ,
// the test writes the expected file into its working directory and prints the command that
// copies it over; with CONTINUITY_REGENERATE_DOCS=1 it writes docs/rules.md itself.

#include "model/validation/rulesdoc.h"
#include "model/validation/validator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace continuity;

class TestRulesDoc : public QObject
{
    Q_OBJECT

private slots:
    void docsRulesMdIsWhatTheRuleTableGenerates();
    void theDocumentListsEveryRuleInItsModelsSection();
};

void TestRulesDoc::docsRulesMdIsWhatTheRuleTableGenerates()
{
    const QString path = QStringLiteral(CONTINUITY_SOURCE_DIR "/docs/rules.md");
    const QByteArray expected = rulesMarkdown().toUtf8();
    if (qEnvironmentVariableIntValue("CONTINUITY_REGENERATE_DOCS") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(expected), qint64(expected.size()));
    }
    QFile file(path);
    const QByteArray actual = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (actual != expected) {
        const QString fresh = QDir::current().absoluteFilePath(QStringLiteral("rules.md"));
        QFile out(fresh);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(expected);
        out.close();
        QFAIL(qPrintable(QStringLiteral("docs/rules.md differs from the rule table. Regenerate "
                                        "it with\n  cp %1 %2\nor run this test with "
                                        "CONTINUITY_REGENERATE_DOCS=1.")
                             .arg(fresh, path)));
    }
}

void TestRulesDoc::theDocumentListsEveryRuleInItsModelsSection()
{
    const QString doc = rulesMarkdown();
    for (const RuleInfo &rule : allRules()) {
        const qsizetype at = doc.indexOf(QStringLiteral("| %1 |").arg(QLatin1String(rule.id)));
        QVERIFY2(at > 0, rule.id);
        const QString section = rule.model ? toString(*rule.model) : QStringLiteral("every model");
        const qsizetype heading = doc.lastIndexOf(QStringLiteral("\n## "), at);
        const QString title = doc.mid(heading + 4, doc.indexOf(QLatin1Char('\n'), heading + 1)
                                                       - heading - 4);
        QVERIFY2(title.toLower().contains(section), qPrintable(title + QLatin1Char(' ') + rule.id));
    }
}

QTEST_GUILESS_MAIN(TestRulesDoc)
#include "tst_rulesdoc.moc"
