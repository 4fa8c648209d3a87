import Taro from '@tarojs/taro'
import { Button } from './button'
import { CONTACT_TEXTS } from './contact-texts'
import { callPhone, canOpenMap, copyText, openMap, toastIfFailed, type Position } from '@/privacy/gated-apis'

interface Place extends Position {
  name: string
  address: string
}

/** 复制地址 where no map can open (H5): the address goes to the clipboard, with a toast either way. */
async function copyAddress(address: string): Promise<void> {
  const copied = await copyText(address)
  if (copied.ok) void Taro.showToast({ title: CONTACT_TEXTS.copied, icon: 'none' })
  else toastIfFailed(copied)
}

/**
 * 拨打电话 and 导航前往 (or 复制地址 on H5, which has no map app to hand the place to) for a
 * place with a phone: institutions, centres, rooms. An address with no position on a map (a
 * family's home) gets 复制地址 only. Every refusal of the phone ends in a toast.
 */
export function ContactActions({ place, address, phone, callLabel = CONTACT_TEXTS.call }: { place?: Place; address?: string; phone: string; callLabel?: string }) {
  return (
    <>
      <Button className="btn btn--secondary" onClick={() => void callPhone(phone).then(toastIfFailed)}>
        {callLabel}
      </Button>
      {place &&
        (canOpenMap ? (
          <Button className="btn btn--secondary" onClick={() => void openMap(place).then(toastIfFailed)}>
            {CONTACT_TEXTS.navigate}
          </Button>
        ) : (
          <Button className="btn btn--secondary" onClick={() => void copyAddress(place.address)}>
            {CONTACT_TEXTS.copyAddress}
          </Button>
        ))}
      {!place && address && (
        <Button className="btn btn--secondary" onClick={() => void copyAddress(address)}>
          {CONTACT_TEXTS.copyAddress}
        </Button>
      )}
    </>
  )
}
