import type { Mailer } from '@campus/domain';
import { expect } from 'chai';
import type { ParsedMail } from 'mailparser';

export interface DeliveredMailer {
  mailer: Mailer;
  /** What arrived where this mailer delivers, oldest first, parsed as a mail program would. */
  delivered(): Promise<ParsedMail[]>;
}

/** What every mailer that really delivers must do: the mail arrives as sent, Hangul intact. */
export function mailerContract(name: string, from: string, setup: () => Promise<DeliveredMailer>): void {
  describe(`${name} (mailer contract)`, () => {
    it('given a mail, when sent, then exactly that mail arrives, from the configured sender', async () => {
      const { mailer, delivered } = await setup();
      await mailer.send({
        to: 'kim@snu.ac.kr',
        subject: '캠퍼스 인증 코드',
        text: '인증 코드: 123456\n10분 동안 유효합니다.',
      });

      const [mail, ...others] = await delivered();
      expect(others).to.have.length(0);
      expect(mail?.subject).to.equal('캠퍼스 인증 코드');
      expect(mail?.text?.trim()).to.equal('인증 코드: 123456\n10분 동안 유효합니다.');
      expect(mail?.from?.value.map((a) => `${a.name} <${a.address}>`)).to.deep.equal([from]);
      const to = Array.isArray(mail?.to) ? mail.to[0] : mail?.to;
      expect(to?.value.map((a) => a.address)).to.deep.equal(['kim@snu.ac.kr']);
    });

    it('given two mails, when sent one after the other, then both arrive in that order', async () => {
      const { mailer, delivered } = await setup();
      await mailer.send({ to: 'a@snu.ac.kr', subject: 'first', text: '1' });
      await mailer.send({ to: 'b@snu.ac.kr', subject: 'second', text: '2' });

      expect((await delivered()).map((m) => m.subject)).to.deep.equal(['first', 'second']);
    });
  });
}
