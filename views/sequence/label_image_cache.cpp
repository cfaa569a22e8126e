#include "sequence/label_image_cache.h"

namespace tcplab {

const QImage *LabelImageCache::find(quint64 key) const
{
    auto it = m_images.constFind(key);
    return it == m_images.cend() ? nullptr : &it.value();
}

const QImage &LabelImageCache::insert(quint64 key, QImage image)
{
    if (m_images.size() >= maxImages)
        m_images.clear(); // simple and bounded; the visible labels come back next frame
    return m_images.insert(key, std::move(image)).value();
}

} // namespace tcplab
