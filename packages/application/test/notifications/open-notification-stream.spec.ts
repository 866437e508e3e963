import {
  InMemoryUnitOfWork,
  InProcessNotificationBus,
  MemoryDatabase,
  NotificationHub,
  type NotificationBusListener,
  type NotificationBusMessage,
} from '@campus/adapters/memory';
import { SequentialIdGenerator } from '@campus/adapters/system';
import { SessionId, UserId, type Actor } from '@campus/domain';
import { expect } from 'chai';
import { OpenNotificationStream, type NotificationDto } from '../../src/index.js';
import { SteppingClock } from '../board/support.js';
import { testNotifier } from '../support/notifiers.js';

const reader: Actor = { id: UserId('reader'), role: 'user', schoolId: null };
const session = SessionId('s1');

/** An in-process bus that can be cut off: what is published meanwhile is lost, and `back` tells of the gap. */
class CutBus extends InProcessNotificationBus {
  away = false;
  private readonly heard = new Set<NotificationBusListener>();
  override publish(message: NotificationBusMessage): Promise<void> {
    return this.away ? Promise.resolve() : super.publish(message);
  }
  override listen(listener: NotificationBusListener): () => void {
    this.heard.add(listener);
    return super.listen(listener);
  }
  back(): void {
    this.away = false;
    for (const listener of this.heard) listener.gap();
  }
}

describe('OpenNotificationStream', () => {
  const setup = () => {
    const db = new MemoryDatabase();
    const uow = new InMemoryUnitOfWork(db);
    const bus = new CutBus();
    const bed = { ...testNotifier(new SteppingClock(), new SequentialIdGenerator(), { db, uow, bus }), bus };
    const hub = new NotificationHub(bed.bus);
    const useCase = new OpenNotificationStream(bed.notifications, hub);
    const notify = (text: string) =>
      bed.notifier.notify({ recipientId: reader.id, type: 'comment', text, actor: null });
    const open = async (lastEventId?: string) => {
      const sent: NotificationDto[] = [];
      let ended = 0;
      const stream = await useCase.execute({
        actor: reader,
        sessionId: session,
        ...(lastEventId ? { lastEventId } : {}),
        send: (n) => sent.push(n),
        end: () => (ended += 1),
      });
      return { stream, sent, ended: () => ended };
    };
    return { bed, hub, notify, open };
  };

  it('given no Last-Event-ID, then only what comes after opening is sent', async () => {
    const { notify, open } = setup();
    await notify('old');
    const { sent } = await open();
    await notify('new');
    expect(sent.map((n) => n.text)).to.deep.equal(['new']);
  });

  it('given Last-Event-ID, then the missed ones come first, oldest first, then the live ones, each once', async () => {
    const { bed, notify, open } = setup();
    await notify('seen');
    const [seen] = bed.published;
    await notify('missed 1');
    await notify('missed 2');
    const { sent } = await open(seen!.id);
    await notify('live');
    expect(sent.map((n) => n.text)).to.deep.equal(['missed 1', 'missed 2', 'live']);
  });

  it('given a Last-Event-ID that is not mine, then it counts as none', async () => {
    const { notify, open } = setup();
    await notify('old');
    const { sent } = await open('00000000-0000-7000-8000-999999999999');
    await notify('new');
    expect(sent.map((n) => n.text)).to.deep.equal(['new']);
  });

  it('given the bus lost messages and is back (a gap), then the stream reads the store again and sends what it missed once', async () => {
    const { bed, notify, open } = setup();
    const { sent } = await open();
    await notify('heard');
    // Written while the bus was away: stored, never heard.
    bed.bus.away = true;
    await notify('lost 1');
    await notify('lost 2');
    bed.bus.back();
    await new Promise((resolve) => setImmediate(resolve));
    await notify('after');
    expect(sent.map((n) => n.text)).to.deep.equal(['heard', 'lost 1', 'lost 2', 'after']);
  });

  it('given the session ended on the bus, then the stream ends; after close it hears nothing', async () => {
    const { bed, notify, open } = setup();
    const first = await open();
    await bed.bus.publish({ kind: 'session-ended', sessionId: session });
    expect(first.ended()).to.equal(1);
    const second = await open();
    second.stream.close();
    await notify('unheard');
    expect(second.sent).to.deep.equal([]);
  });
});
