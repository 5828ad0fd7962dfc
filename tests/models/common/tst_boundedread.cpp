// readAtMost (models/common/boundedread.h): at most the limit, everything up to it, from where the
// device stands, from a pipe too, and without taking the limit's worth of memory for a small file
// (QIODevice::read(64 MiB + 1) keeps 128 MiB for a file of a few bytes; found by the workbook fuzz
// target, tests/fuzz/fuzz_workbook.cpp, which ran at 50 inputs a second because of it).

#include "models/common/boundedread.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace panelist;
using namespace Qt::StringLiterals;

class TestBoundedRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void smallFileTakesLittleMemory();
    void limit_data();
    void limit();
    void fromCurrentPosition();
    void pipe();

private:
    QString write(const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBoundedRead::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBoundedRead::write(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u"f"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestBoundedRead::smallFileTakesLittleMemory()
{
    QFile f(write("PK\x03\x04 a few bytes"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = readAtMost(f, 64 * 1024 * 1024 + 1);
    QCOMPARE(bytes, QByteArray("PK\x03\x04 a few bytes"));
    QVERIFY2(bytes.capacity() < 1024, qPrintable(u"capacity %1"_s.arg(bytes.capacity())));
}

void TestBoundedRead::limit_data()
{
    QTest::addColumn<int>("fileBytes");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << 0 << 10 << 0;
    QTest::newRow("below the limit") << 9 << 10 << 9;
    QTest::newRow("at the limit") << 10 << 10 << 10;
    QTest::newRow("one byte beyond") << 11 << 10 << 10;
    QTest::newRow("far beyond, several chunks") << 300000 << 200001 << 200001;
    QTest::newRow("larger than a chunk, under the limit") << 200000 << 1000000 << 200000;
    QTest::newRow("no limit") << 5 << 0 << 0;
}

void TestBoundedRead::limit()
{
    QFETCH(int, fileBytes);
    QFETCH(int, limit);
    QFETCH(int, expected);
    QByteArray content(fileBytes, '\0');
    for (int i = 0; i < fileBytes; ++i)
        content[i] = char(i * 7);
    QFile f(write(content));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(readAtMost(f, limit), content.left(expected));
    QCOMPARE(f.error(), QFileDevice::NoError);
}

void TestBoundedRead::fromCurrentPosition()
{
    QFile f(write("0123456789"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.seek(4));
    QCOMPARE(readAtMost(f, 100), QByteArray("456789"));
    QCOMPARE(readAtMost(f, 100), QByteArray());
}

// A pipe has no size: it is read until it ends, never beyond the limit.
void TestBoundedRead::pipe()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const QByteArray content(50000, 'p');
    QCOMPARE(::write(fds[1], content.constData(), std::size_t(content.size())), ssize_t(content.size()));
    ::close(fds[1]);
    QFile f;
    QVERIFY(f.open(fds[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
    QVERIFY(f.isSequential());
    QCOMPARE(readAtMost(f, 100001), content);
}

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_boundedread.moc"
