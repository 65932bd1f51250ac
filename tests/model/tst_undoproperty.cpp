// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
//
// Undo is exact: thousands of random edit sequences through the document's intents; undoing
// all of them gives back the first design byte for byte, redoing all gives the last.

#include "model/document.h"
#include "model/io/designjson.h"
#include "model/io/designfile.h"
#include "model/kinds.h"

#include <QTest>
#include <QUndoStack>

#include <random>

using namespace continuity;

namespace {

class RandomEditor
{
public:
    RandomEditor(Document &document, unsigned seed)
        : m_doc(document)
        , m_rng(seed)
    {
    }

    void editOnce()
    {
        const Design &d = m_doc.design();
        switch (pick(12)) {
        case 0: {
            const auto kind = static_cast<ComponentKind>(pick(ComponentKindCount));
            m_doc.addComponent(kind, QPointF(pick(2000), pick(1200)),
                               kindInfo(kind).regional ? anyOf(d, ComponentKind::Region) : QString());
            break;
        }
        case 1: m_doc.removeItems({anyComponent(d)}); break;
        case 2: m_doc.removeItems({anyConnection(d)}); break;
        case 3: {
            QHash<QString, QPointF> moves;
            for (int i = 0, n = 1 + pick(3); i < n; ++i)
                moves.insert(anyComponent(d), QPointF(pick(2000), pick(1200)));
            moves.remove(QString());
            m_doc.moveComponents(moves, pick(3) == 0 ? 0 : 1 + pick(2));
            break;
        }
        case 4: m_doc.setComponentProperty({anyOf(d, ComponentKind::AksCluster)}, "nodeCount",
                                           pick(2) ? nlohmann::json(pick(20)) : nlohmann::json());
            break;
        case 5: m_doc.renameComponent(anyComponent(d), QStringLiteral("name %1").arg(pick(50)));
            break;
        case 6: m_doc.reparentComponents({anyComponent(d)}, anyOf(d, ComponentKind::Region),
                                         {});
            break;
        case 7: m_doc.connectComponents(anyComponent(d), anyComponent(d)); break;
        case 8: m_doc.setDeploymentModel(static_cast<DeploymentModel>(pick(DeploymentModelCount)));
            break;
        case 9: m_doc.setAssumption("region.eastus2.priceMultiplier",
                                    pick(2) ? nlohmann::json(1.0 + pick(5) / 10.0)
                                            : nlohmann::json());
            break;
        case 10: {
            const QString id = anyOf(d, ComponentKind::Region);
            if (!id.isEmpty())
                m_doc.setGeometry(id, QRectF(pick(100), pick(100), 400 + pick(400), 300 + pick(300)));
            break;
        }
        case 11: {
            Design fragment;
            const QString id = anyComponent(d);
            if (!id.isEmpty())
                fragment.components[id] = *d.component(id);
            m_doc.pasteFragment(fragment, QPointF(40, 40));
            break;
        }
        }
    }

private:
    int pick(int n) { return static_cast<int>(m_rng() % static_cast<unsigned>(n)); }

    QString anyComponent(const Design &d)
    {
        if (d.components.empty())
            return {};
        auto it = d.components.begin();
        std::advance(it, pick(static_cast<int>(d.components.size())));
        return it->first;
    }

    QString anyConnection(const Design &d)
    {
        if (d.connections.empty())
            return {};
        auto it = d.connections.begin();
        std::advance(it, pick(static_cast<int>(d.connections.size())));
        return it->first;
    }

    QString anyOf(const Design &d, ComponentKind kind)
    {
        QStringList ids;
        for (const auto &[id, c] : d.components) {
            if (c.kind == kind)
                ids << id;
        }
        return ids.isEmpty() ? QString() : ids[pick(static_cast<int>(ids.size()))];
    }

    Document &m_doc;
    std::mt19937 m_rng;
};

}  // namespace

class TestUndoProperty : public QObject
{
    Q_OBJECT

private slots:
    void undoAllRestoresTheFirstDesignAndRedoAllTheLast();
};

void TestUndoProperty::undoAllRestoresTheFirstDesignAndRedoAllTheLast()
{
    const QString path =
        QStringLiteral(CONTINUITY_SOURCE_DIR "/resources/templates/active-passive.continuity.json");
    const LoadResult loaded = loadDesignFile(path);
    QVERIFY(loaded.design);
    const QByteArray first = writeDesign(*loaded.design);
    int edits = 0;
    for (unsigned seed = 1; seed <= 2000; ++seed) {
        Document doc(*loaded.design);
        RandomEditor editor(doc, seed);
        const int length = 1 + static_cast<int>(seed % 25);
        for (int i = 0; i < length; ++i)
            editor.editOnce();
        edits += length;
        const QByteArray last = writeDesign(doc.design());
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY2(writeDesign(doc.design()) == first, qPrintable(QStringLiteral("seed %1").arg(seed)));
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QVERIFY2(writeDesign(doc.design()) == last, qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
    qInfo("%d random edits in 2000 sequences undone and redone exactly", edits);
}

QTEST_GUILESS_MAIN(TestUndoProperty)
#include "tst_undoproperty.moc"
