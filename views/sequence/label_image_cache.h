#pragma once

#include <QHash>
#include <QImage>

namespace tcplab {

// Arrow labels rendered once into images, for the screen: drawing a cached image (rotated
// to the arrow's slope) costs a fraction of laying out and rasterising its text every
// frame. Owned by a view and cleared on every re-layout; exports paint text directly.
class LabelImageCache
{
public:
    const QImage *find(quint64 key) const;
    const QImage &insert(quint64 key, QImage image);
    void clear() { m_images.clear(); }
    int size() const { return int(m_images.size()); }

private:
    static constexpr int maxImages = 4000; // a few screens' worth
    QHash<quint64, QImage> m_images;
};

} // namespace tcplab
