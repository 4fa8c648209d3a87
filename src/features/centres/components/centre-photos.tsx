import { Text, View } from '@tarojs/components'
import { CENTRE_TEXTS as T } from '../texts'

const PHOTO_COLOURS = ['#93c5fd', '#fcd34d', '#86efac', '#f9a8d4', '#c4b5fd', '#fdba74']

// Taro's View type has no tabIndex; on H5 it reaches the element (the mini program has no keyboard).
const KEYBOARD_FOCUSABLE = { tabIndex: 0 } as object

/**
 * A strip that scrolls sideways (CSS overflow), the next photo peeking in, rather than a Swiper:
 * Swiper brought 320 KB of code to every page's shared chunk for three pictures. Focusable, so a
 * keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function CentrePhotos({ photos }: { photos: string[] }) {
  return (
    <View className="centres__photos" role="region" ariaLabel={T.photosLabel(photos.length)} {...KEYBOARD_FOCUSABLE}>
      {photos.map((photo, index) => (
        <View key={photo} className="centres__photo" style={{ background: PHOTO_COLOURS[index % PHOTO_COLOURS.length] }}>
          <Text className="centres__photo-count">{`${index + 1}/${photos.length}`}</Text>
          <Text>{T.photo(photo)}</Text>
        </View>
      ))}
    </View>
  )
}
