import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { CARE_MODE_LABELS, feeText, FILING_LABELS, HOST_TYPE_LABELS, ORG_FORM_LABELS } from '@/domain/centres'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { canUseEntry } from '@/domain/roles'
import { openPage } from '@/navigation'
import { callPhone, canOpenMap, copyText, openMap, toastIfFailed } from '@/privacy/gated-apis'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { centresApi } from '../../service'
import { CENTRE_TEXTS as T, CENTRES_TEXTS } from '../../texts'
import '../../centres.scss'

const PHOTO_COLOURS = ['#93c5fd', '#fcd34d', '#86efac', '#f9a8d4', '#c4b5fd', '#fdba74']

// Taro's View type has no tabIndex; on H5 it reaches the element (the mini program has no keyboard).
const KEYBOARD_FOCUSABLE = { tabIndex: 0 } as object

export default function CentrePage() {
  const id = useRouter().params.id ?? ''
  const user = useSessionStore((state) => state.session?.user ?? null)
  const centre = useLoader(async () => {
    const found = await centresApi().call('centres.centre', { id })
    void Taro.setNavigationBarTitle({ title: found.name })
    return found
  }, [id, user?.id])
  const favourite = useSubmit((key: string, on: boolean) => centresApi().call('centres.favourite', { id, on }, { idempotencyKey: key }))
  const data = centre.data

  async function toggleFavourite() {
    if (!data) return
    if (!user) {
      openPage(ROUTES.signIn)
      return
    }
    const result = await favourite.submit(!data.favourite)
    if (result.ok) centre.setData({ ...data, favourite: result.value.favourite })
    else void Taro.showToast({ title: result.error.message, icon: 'none' })
  }

  async function copyAddress(address: string) {
    const copied = await copyText(address)
    if (copied.ok) void Taro.showToast({ title: T.copied, icon: 'none' })
    else toastIfFailed(copied)
  }

  return (
    <PageShell>
      <ListState status={centre.status} errorMessage={`${CENTRES_TEXTS.loadFailed}：${centre.error}`} onRetry={() => void centre.reload()}>
        {data && (
          <View>
            {/* A strip that scrolls sideways (CSS overflow), the next photo peeking in, rather than a
                Swiper: Swiper brought 320 KB of code to every page's shared chunk for three pictures.
                Focusable, so a keyboard can scroll it too (axe: scrollable-region-focusable). */}
            <View className="centres__photos" role="region" ariaLabel={T.photosLabel(data.photos.length)} {...KEYBOARD_FOCUSABLE}>
              {data.photos.map((photo, index) => (
                <View key={photo} className="centres__photo" style={{ background: PHOTO_COLOURS[index % PHOTO_COLOURS.length] }}>
                  <Text className="centres__photo-count">{`${index + 1}/${data.photos.length}`}</Text>
                  <Text>{T.photo(photo)}</Text>
                </View>
              ))}
            </View>
            <View className="row-gap" />
            <Text className="page-title">{data.name}</Text>
            <View>
              {data.inclusive && <Text className="centres__tag">普惠</Text>}
              <Text className={`centres__tag${data.filingStatus === 'filed' ? '' : ' centres__tag--muted'}`}>{FILING_LABELS[data.filingStatus]}</Text>
              <Text className="centres__tag centres__tag--muted">{HOST_TYPE_LABELS[data.hostType]}</Text>
              <Text className="centres__tag centres__tag--muted">{ORG_FORM_LABELS[data.orgForm]}</Text>
            </View>
            <Text className="text-secondary block">{data.filingStatus === 'filed' ? T.filing(data.filingNo) : T.filingPending}</Text>
            <View className="card" ariaLabel="基本信息">
              <Text className="block">{data.address}</Text>
              <Text className="text-secondary block">{`${T.hours}：${data.hours}`}</Text>
              <Text className="text-secondary block">{`${T.ages}：${CENTRES_TEXTS.ages(data.ageMin, data.ageMax)}`}</Text>
              <Text className="text-secondary block">{`${T.places}：${T.placesText(data.placesFree, data.placesTotal)}`}</Text>
              <Text className="text-secondary block">{`电话：${data.phone}`}</Text>
              <View className="centres__actions">
                <Button className="btn btn--secondary" onClick={() => void callPhone(data.phone).then(toastIfFailed)}>
                  {T.call}
                </Button>
                {canOpenMap ? (
                  <Button className="btn btn--secondary" onClick={() => void openMap(data).then(toastIfFailed)}>
                    {T.navigate}
                  </Button>
                ) : (
                  <Button className="btn btn--secondary" onClick={() => void copyAddress(data.address)}>
                    {T.copyAddress}
                  </Button>
                )}
              </View>
            </View>
            <View className="card" ariaLabel={T.fees}>
              <Text className="heading">{T.fees}</Text>
              {data.modes.map((mode) => (
                <View key={mode} className="centres__table-row">
                  <Text>{CARE_MODE_LABELS[mode]}</Text>
                  <Text>{feeText(data, mode)}</Text>
                </View>
              ))}
            </View>
            <View className="card" ariaLabel={T.facilities}>
              <Text className="heading">{T.facilities}</Text>
              <Text className="block">{data.facilities.join('、')}</Text>
              <Text className="text-secondary block">{T.updated(data.updatedAt)}</Text>
            </View>
            {user && !canUseEntry(user.role, 'centresMine') ? (
              <Text className="text-secondary block">{T.parentsOnly}</Text>
            ) : (
              <View className="centres__actions">
                <Button className={`btn ${data.favourite ? 'btn--primary' : 'btn--secondary'}`} disabled={favourite.pending} onClick={() => void toggleFavourite()}>
                  {data.favourite ? T.favourited : T.favourite}
                </Button>
                <Button className="btn btn--primary" onClick={() => openPage(user ? ROUTES.centresVisit : ROUTES.signIn, user ? { id: data.id } : {})}>
                  {T.visit}
                </Button>
              </View>
            )}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
